import { CloseCode } from '@peerloom/protocol';
import {
  asParticipantId,
  createParticipantStore,
  type ParticipantCommands,
  selectIsRemoved,
} from '@peerloom/session-model';
import { Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../../components/AppShell.tsx';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Link } from '../../router/Link.tsx';
import { useParams } from '../../router/Router.tsx';
import type { ParticipantCredentials } from '../../session/deviceStore.ts';
import { useOtherTabNotice } from '../../session/useOtherTabNotice.ts';
import { useParticipantAccess } from '../../session/useParticipantAccess.ts';
import { type SessionHandle, useSessionHandle } from '../../session/useSessionHandle.ts';
import { useConnection, useSnapshot } from '../../session/useSessionState.ts';
import { PARTICIPANT_SCREENS, preloadParticipantScreens } from '../../steps/participantSteps.ts';
import { MyGroup } from './MyGroup.tsx';

interface SessionViewProps {
  handle: SessionHandle<ParticipantCommands>;
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
  const Step = PARTICIPANT_SCREENS[snapshot.phase].Component;

  useEffect(() => preloadParticipantScreens(), []);

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
    if (refusalCode !== CloseCode.unauthorized || renewRequested.current) return;
    renewRequested.current = true;
    onRefused();
  }, [refusalCode, onRefused]);

  return (
    <AppShell
      title={snapshot.title || credentials.title}
      status={
        // In step 4 the group's own save state shows under the header; the session's shows only when it is not fine.
        snapshot.phase === 'create' && connection === 'online' ? null : (
          <ConnectionBadge connection={connection} pending={pending} />
        )
      }
    >
      {otherTab ? <Notice tone="info">{t('status.otherTab')}</Notice> : null}
      {snapshot.unsupported ? <Notice tone="error">{t('errors.unsupported_version')}</Notice> : null}
      {refusalCode !== null && refusalCode !== CloseCode.unauthorized ? (
        <Notice tone="error">{t('errors.refused')}</Notice>
      ) : null}
      <p className="welcome">
        {t('participant.welcome', {
          name:
            snapshot.roster.find((entry) => entry.participantId === participantId)?.name || credentials.name,
        })}
      </p>
      {selectIsRemoved(snapshot, participantId) ? (
        <Notice tone="error">{t('people.removedNotice')}</Notice>
      ) : (
        <Suspense fallback={null}>
          <Step snapshot={snapshot} store={handle.store} participantId={participantId} handle={handle} />
        </Suspense>
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
  const handle = useSessionHandle(sessionId, sessionAccess, createParticipantStore);

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
