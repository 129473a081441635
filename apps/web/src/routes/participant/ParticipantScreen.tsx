import { asParticipantId } from '@peerloom/session-model';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../../components/AppShell.tsx';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { Notice } from '../../components/Notice.tsx';
import { WarmupItemView } from '../../components/WarmupItemView.tsx';
import { Link } from '../../router/Link.tsx';
import { useParams } from '../../router/Router.tsx';
import type { ParticipantCredentials } from '../../session/deviceStore.ts';
import { useOtherTabNotice } from '../../session/useOtherTabNotice.ts';
import { useParticipantAccess } from '../../session/useParticipantAccess.ts';
import { type SessionHandle, useSessionHandle } from '../../session/useSessionHandle.ts';
import { useConnection, useSnapshot } from '../../session/useSessionState.ts';
import { GroupView } from './GroupView.tsx';
import { MyGroup } from './MyGroup.tsx';
import { ParticipantWhatNow } from './ParticipantWhatNow.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { ShareStep } from './ShareStep.tsx';

interface SessionViewProps {
  handle: SessionHandle;
  credentials: ParticipantCredentials;
  onRefused: () => void;
}

function ParticipantSession({ handle, credentials, onRefused }: SessionViewProps) {
  const { t } = useTranslation();
  const snapshot = useSnapshot(handle);
  const { connection, refusalCode, loaded, pending } = useConnection(handle);
  const otherTab = useOtherTabNotice(`peerloom:${credentials.sessionId}:${credentials.participantId}`);
  const participantId = asParticipantId(credentials.participantId);
  const rosterWritten = useRef(false);

  useEffect(() => {
    if (!loaded || rosterWritten.current) return;
    rosterWritten.current = true;
    try {
      handle.store.commands.joinRoster(credentials.name);
    } catch (error) {
      console.error(error);
    }
  }, [loaded, handle, credentials.name]);

  const renewRequested = useRef(false);
  useEffect(() => {
    if (refusalCode !== 4401 || renewRequested.current) return;
    renewRequested.current = true;
    onRefused();
  }, [refusalCode, onRefused]);

  return (
    <AppShell
      title={snapshot.title || credentials.title}
      status={<ConnectionBadge connection={connection} pending={pending} />}
    >
      {otherTab ? <Notice tone="info">{t('status.otherTab')}</Notice> : null}
      {snapshot.unsupported ? <Notice tone="error">{t('errors.unsupported_version')}</Notice> : null}
      {refusalCode !== null && refusalCode !== 4401 ? (
        <Notice tone="error">{t('errors.refused')}</Notice>
      ) : null}
      <p className="welcome">{t('participant.welcome', { name: credentials.name })}</p>
      <ParticipantWhatNow snapshot={snapshot} participantId={participantId} />
      {snapshot.phase === 'warmup' ? (
        <section aria-labelledby="warmup-title">
          <h1 id="warmup-title">{t('phases.warmup')}</h1>
          {snapshot.warmup.length === 0 ? <p className="waiting">{t('participant.waitingWarmup')}</p> : null}
          {snapshot.warmup.map((item) => (
            <WarmupItemView key={item.id} item={item} headingLevel={2} />
          ))}
        </section>
      ) : snapshot.phase === 'mix' ? (
        <section aria-labelledby="mix-title">
          <h1 id="mix-title">{t('phases.mix')}</h1>
          <ProfileForm snapshot={snapshot} store={handle.store} participantId={participantId} />
          <GroupView snapshot={snapshot} participantId={participantId} kind="diverse" />
        </section>
      ) : snapshot.phase === 'match' ? (
        <section aria-labelledby="match-title">
          <h1 id="match-title">{t('phases.match')}</h1>
          <GroupView snapshot={snapshot} participantId={participantId} kind="thematic" />
        </section>
      ) : (
        <section aria-labelledby="share-title">
          <h1 id="share-title" className="phase-heading">
            {t('phases.share')}
          </h1>
          <ShareStep snapshot={snapshot} store={handle.store} participantId={participantId} />
        </section>
      )}
      <MyGroup snapshot={snapshot} participantId={participantId} />
    </AppShell>
  );
}

export default function ParticipantScreen() {
  const { t } = useTranslation();
  const sessionId = useParams().id ?? '';
  const { access, renew } = useParticipantAccess(sessionId);
  const credentials = access.state === 'ready' ? access.credentials : null;
  const sessionAccess = useMemo(
    () =>
      credentials
        ? { role: 'participant' as const, participantId: credentials.participantId, token: credentials.token }
        : null,
    [credentials],
  );
  const handle = useSessionHandle(sessionId, sessionAccess);

  if (access.state === 'missing' || access.state === 'failed') {
    const code = access.state === 'failed' ? access.code : null;
    return (
      <AppShell>
        <Notice tone="error">
          {code ? t(`errors.${code}`, { defaultValue: t('errors.refused') }) : t('errors.noCredentials')}
        </Notice>
        <p>
          <Link to={access.state === 'failed' ? `/j/${access.credentials.code}` : '/'}>
            {access.state === 'failed' ? t('errors.joinAgain') : t('errors.goHome')}
          </Link>
        </p>
      </AppShell>
    );
  }
  if (!handle || !credentials) return <AppShell>{null}</AppShell>;
  return (
    <ParticipantSession
      key={credentials.token}
      handle={handle}
      credentials={credentials}
      onRefused={() => renew(credentials)}
    />
  );
}
