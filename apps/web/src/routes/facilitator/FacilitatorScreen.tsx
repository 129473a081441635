import { CloseCode } from '@peerloom/protocol';
import {
  asSessionId,
  createSessionStore,
  LANGUAGES,
  type Language,
  type Phase,
  type SessionCommands,
  type SessionSnapshot,
} from '@peerloom/session-model';
import { memo, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../../components/AppShell.tsx';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Link } from '../../router/Link.tsx';
import { useParams } from '../../router/Router.tsx';
import type { FacilitatorCredentials } from '../../session/deviceStore.ts';
import { isShallowEqual } from '../../session/isShallowEqual.ts';
import { prepareMatching } from '../../session/runMatching.ts';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { useFacilitatorAccess } from '../../session/useFacilitatorAccess.ts';
import { useOnlineParticipants } from '../../session/useOnlineParticipants.ts';
import { type SessionHandle, useSessionHandle } from '../../session/useSessionHandle.ts';
import { useSessionSelector } from '../../session/useSessionSelector.ts';
import { useConnection, useSnapshot } from '../../session/useSessionState.ts';
import { getStep, preloadStepScreens } from '../../steps/stepRegistry.ts';
import { JoinPanel } from './JoinPanel.tsx';
import { ParticipantList } from './ParticipantList.tsx';
import { PhaseStepper } from './PhaseStepper.tsx';
import { SharePagePanel } from './SharePagePanel.tsx';
import { StepControl } from './StepControl.tsx';
import './cockpit.css';

/** What the cockpit's frame reads; the step reads the whole snapshot (see `FacilitatorStep`). */
const selectFrame = (snapshot: SessionSnapshot) => ({
  phase: snapshot.phase,
  title: snapshot.title,
  ready: snapshot.ready,
  joinCode: snapshot.joinCode,
  people: snapshot.roster.length,
});

/** The step's screen, the one part of the cockpit that reads the whole snapshot. */
const FacilitatorStep = memo(function FacilitatorStep({
  handle,
  phase,
}: {
  handle: SessionHandle<SessionCommands>;
  phase: Phase;
}) {
  const snapshot = useSnapshot(handle);
  const Step = getStep(phase).facilitator.Component;
  return <Step snapshot={snapshot} store={handle.store} handle={handle} />;
});

function FacilitatorSession({
  handle,
  credentials,
}: {
  handle: SessionHandle<SessionCommands>;
  credentials: FacilitatorCredentials;
}) {
  const { t } = useTranslation();
  const frame = useSessionSelector(handle.store, selectFrame, isShallowEqual);
  const { connection, refusalCode, pending, controlSynced, loaded } = useConnection(handle);
  const { error, run } = useCommandRunner();
  const online = useOnlineParticipants(handle);
  // The step on this screen: null follows the live step; a phase is a preview that no other device sees.
  const [previewed, setPreviewed] = useState<Phase | null>(null);
  const live = frame.phase;
  const viewed = previewed ?? live;
  const view = (phase: Phase) => setPreviewed(phase === live ? null : phase);
  const start = (phase: Phase) => {
    if (run(() => handle.store.commands.setPhase(phase))) setPreviewed(null);
  };
  useEffect(() => prepareMatching(), []);
  useEffect(() => preloadStepScreens('facilitator'), []);

  useEffect(() => {
    // Seed only once the relay's copy is here, so a second device never re-seeds over edits.
    if (frame.ready || !controlSynced || !credentials.code) return;
    run(() =>
      handle.store.commands.seedSession({
        sessionId: asSessionId(credentials.sessionId),
        title: credentials.title,
        language: (LANGUAGES as readonly string[]).includes(credentials.language)
          ? (credentials.language as Language)
          : 'en',
        joinCode: credentials.code,
      }),
    );
  }, [frame.ready, controlSynced, credentials, handle, run]);

  return (
    <AppShell
      wide
      title={frame.title || credentials.title}
      status={<ConnectionBadge connection={connection} pending={pending} />}
    >
      {refusalCode !== null ? (
        <Notice tone="error">
          {refusalCode === CloseCode.notFound ? t('errors.sessionGone') : t('errors.badFacilitatorLink')}
        </Notice>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="facilitator-top">
        <h1>{frame.title || credentials.title}</h1>
        <p className="participant-count" data-testid="participant-count">
          {t('facilitator.participants', { count: frame.people })}
        </p>
      </div>
      {loaded ? (
        <>
          <PhaseStepper live={live} viewed={viewed} onView={view} />
          <StepControl live={live} viewed={viewed} onView={view} onStart={start} />
        </>
      ) : null}
      <div className="facilitator-grid">
        <div className="facilitator-main">
          {loaded ? (
            <Suspense fallback={<p className="hint">{t('cockpit.loadingStep')}</p>}>
              <FacilitatorStep handle={handle} phase={viewed} />
            </Suspense>
          ) : (
            <p className="hint" aria-live="polite">
              {t('cockpit.opening')}
            </p>
          )}
        </div>
        <aside className="facilitator-side">
          <JoinPanel
            sessionId={credentials.sessionId}
            code={frame.joinCode || credentials.code}
            facilitatorKey={credentials.key}
            viewerToken={credentials.viewerToken}
          />
          <ParticipantList store={handle.store} online={online} />
          <SharePagePanel sessionId={credentials.sessionId} facilitatorKey={credentials.key} />
        </aside>
      </div>
    </AppShell>
  );
}

export default function FacilitatorScreen() {
  const { t } = useTranslation();
  const sessionId = useParams().id ?? '';
  const access = useFacilitatorAccess(sessionId);
  const credentials = access.state === 'ready' ? access.credentials : null;
  const sessionAccess = useMemo(
    () => (credentials ? { role: 'facilitator' as const, key: credentials.key } : null),
    [credentials],
  );
  const handle = useSessionHandle(sessionId, sessionAccess, createSessionStore);

  if (access.state === 'missing' || access.state === 'invalid') {
    return (
      <AppShell>
        <Notice tone="error">
          {access.state === 'invalid' ? t('errors.badFacilitatorLink') : t('errors.notFacilitatorDevice')}
        </Notice>
        <p>
          <Link to="/">{t('errors.goHome')}</Link>
        </p>
      </AppShell>
    );
  }
  if (!handle || !credentials) return <AppShell>{null}</AppShell>;
  return <FacilitatorSession handle={handle} credentials={credentials} />;
}
