import { CloseCode } from '@peerloom/protocol';
import {
  asParticipantId,
  createParticipantStore,
  type ParticipantCommands,
  type ParticipantId,
  type Phase,
  type SessionSnapshot,
  selectIsRemoved,
} from '@peerloom/session-model';
import { memo, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../../components/AppShell.tsx';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Link } from '../../router/Link.tsx';
import { useParams } from '../../router/Router.tsx';
import type { ParticipantCredentials } from '../../session/deviceStore.ts';
import { isShallowEqual } from '../../session/isShallowEqual.ts';
import { useOtherTabNotice } from '../../session/useOtherTabNotice.ts';
import { useParticipantAccess } from '../../session/useParticipantAccess.ts';
import { type SessionHandle, useSessionHandle } from '../../session/useSessionHandle.ts';
import { useSessionSelector } from '../../session/useSessionSelector.ts';
import { useConnection, useSnapshot } from '../../session/useSessionState.ts';
import { PARTICIPANT_SCREENS, preloadParticipantScreens } from '../../steps/participantSteps.ts';
import { MyGroup } from './MyGroup.tsx';

interface SessionViewProps {
  handle: SessionHandle<ParticipantCommands>;
  credentials: ParticipantCredentials;
  onRefused: () => void;
}

/** What the phone's frame reads; the step and the group drawer read their own parts. */
const selectFrame = (snapshot: SessionSnapshot, participantId: ParticipantId) => ({
  phase: snapshot.phase,
  title: snapshot.title,
  unsupported: snapshot.unsupported,
  name: snapshot.roster.find((entry) => entry.participantId === participantId)?.name ?? '',
  removed: selectIsRemoved(snapshot, participantId),
});

/** The step's screen, the part of the phone that reads the whole snapshot. */
const ParticipantStep = memo(function ParticipantStep({
  handle,
  phase,
  participantId,
}: {
  handle: SessionHandle<ParticipantCommands>;
  phase: Phase;
  participantId: ParticipantId;
}) {
  const snapshot = useSnapshot(handle);
  const Step = PARTICIPANT_SCREENS[phase].Component;
  return <Step snapshot={snapshot} store={handle.store} participantId={participantId} handle={handle} />;
});

function ParticipantSession({ handle, credentials, onRefused }: SessionViewProps) {
  const { t } = useTranslation();
  const participantId = asParticipantId(credentials.participantId);
  const frame = useSessionSelector(
    handle.store,
    (snapshot) => selectFrame(snapshot, participantId),
    isShallowEqual,
  );
  const { connection, refusalCode, loaded, pending } = useConnection(handle);
  const otherTab = useOtherTabNotice(`peerloom:${credentials.sessionId}:${credentials.participantId}`);
  const rosterWritten = useRef(false);

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
      title={frame.title || credentials.title}
      status={
        // In step 4 the group's own save state shows under the header; the session's shows only when it is not fine.
        frame.phase === 'create' && connection === 'online' ? null : (
          <ConnectionBadge connection={connection} pending={pending} />
        )
      }
    >
      {otherTab ? <Notice tone="info">{t('status.otherTab')}</Notice> : null}
      {frame.unsupported ? <Notice tone="error">{t('errors.unsupported_version')}</Notice> : null}
      {refusalCode !== null && refusalCode !== CloseCode.unauthorized ? (
        <Notice tone="error">{t('errors.refused')}</Notice>
      ) : null}
      <p className="welcome">{t('participant.welcome', { name: frame.name || credentials.name })}</p>
      {frame.removed ? (
        <Notice tone="error">{t('people.removedNotice')}</Notice>
      ) : (
        <Suspense fallback={null}>
          <ParticipantStep handle={handle} phase={frame.phase} participantId={participantId} />
        </Suspense>
      )}
      <MyGroup store={handle.store} participantId={participantId} />
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
