import { CloseCode } from '@peerloom/protocol';
import { createParticipantStore } from '@peerloom/session-model';
import { Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useParams } from '../../router/Router.tsx';
import { type SessionHandle, useSessionHandle } from '../../session/useSessionHandle.ts';
import { useConnection, useSnapshot } from '../../session/useSessionState.ts';
import { getStep, preloadStepScreens } from '../../steps/stepRegistry.ts';
import { ProjectorJoin } from './ProjectorJoin.tsx';
import './projector.css';

function ProjectorSession({ handle }: { handle: SessionHandle }) {
  const { t } = useTranslation();
  const snapshot = useSnapshot(handle);
  const { connection, refusalCode, pending } = useConnection(handle);
  const Step = getStep(snapshot.phase).projector.Component;
  useEffect(() => preloadStepScreens('projector'), []);
  return (
    <div className="projector" data-phase={snapshot.phase}>
      <header className="projector-header">
        <p className="projector-title">{snapshot.title}</p>
        <ConnectionBadge connection={connection} pending={pending} />
        {snapshot.phase !== 'warmup' && snapshot.joinCode ? (
          <ProjectorJoin code={snapshot.joinCode} variant="corner" />
        ) : null}
      </header>
      <main id="content" className="projector-main">
        {refusalCode !== null ? (
          <Notice tone="error">
            {refusalCode === CloseCode.notFound ? t('errors.sessionGone') : t('errors.refused')}
          </Notice>
        ) : null}
        <Suspense fallback={null}>
          <Step snapshot={snapshot} handle={handle} />
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
