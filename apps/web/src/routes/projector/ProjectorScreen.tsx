import { CloseCode } from '@peerloom/protocol';
import { createParticipantStore, type Phase, type SessionSnapshot } from '@peerloom/session-model';
import { memo, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useParams } from '../../router/Router.tsx';
import { isShallowEqual } from '../../session/isShallowEqual.ts';
import { type SessionHandle, useSessionHandle } from '../../session/useSessionHandle.ts';
import { useSessionSelector } from '../../session/useSessionSelector.ts';
import { useConnection, useSnapshot } from '../../session/useSessionState.ts';
import { getStep, preloadStepScreens } from '../../steps/stepRegistry.ts';
import { ProjectorJoin } from './ProjectorJoin.tsx';
import './projector.css';

/** What the projector's frame reads; the step reads the whole snapshot (see `ProjectorStep`). */
const selectFrame = (snapshot: SessionSnapshot) => ({
  phase: snapshot.phase,
  title: snapshot.title,
  joinCode: snapshot.joinCode,
});

const ProjectorStep = memo(function ProjectorStep({
  handle,
  phase,
}: {
  handle: SessionHandle;
  phase: Phase;
}) {
  const snapshot = useSnapshot(handle);
  const Step = getStep(phase).projector.Component;
  return <Step snapshot={snapshot} handle={handle} />;
});

function ProjectorSession({ handle }: { handle: SessionHandle }) {
  const { t } = useTranslation();
  const frame = useSessionSelector(handle.store, selectFrame, isShallowEqual);
  const { connection, refusalCode, pending } = useConnection(handle);
  useEffect(() => preloadStepScreens('projector'), []);
  return (
    <div className="projector" data-phase={frame.phase}>
      <header className="projector-header">
        <p className="projector-title">{frame.title}</p>
        <ConnectionBadge connection={connection} pending={pending} />
        {frame.phase !== 'warmup' && frame.joinCode ? (
          <ProjectorJoin code={frame.joinCode} variant="corner" />
        ) : null}
      </header>
      <main id="content" className="projector-main">
        {refusalCode !== null ? (
          <Notice tone="error">
            {refusalCode === CloseCode.notFound ? t('errors.sessionGone') : t('errors.refused')}
          </Notice>
        ) : null}
        <Suspense fallback={null}>
          <ProjectorStep handle={handle} phase={frame.phase} />
        </Suspense>
      </main>
    </div>
  );
}

export default function ProjectorScreen() {
  const { t } = useTranslation();
  const sessionId = useParams().id ?? '';
  const token = new URLSearchParams(location.hash.slice(1)).get('v');
  const access = useMemo(() => (token ? { role: 'viewer' as const, token } : null), [token]);
  const handle = useSessionHandle(sessionId, access, createParticipantStore);
  if (!token) {
    return (
      <main id="content" className="content">
        <Notice tone="error">{t('errors.refused')}</Notice>
      </main>
    );
  }
  return handle ? <ProjectorSession handle={handle} /> : null;
}
