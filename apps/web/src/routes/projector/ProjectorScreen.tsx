import { selectActiveQuestion, selectAnswersTo } from '@peerloom/session-model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerList } from '../../components/AnswerList.tsx';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { Notice } from '../../components/Notice.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { WarmupItemView } from '../../components/WarmupItemView.tsx';
import { useParams } from '../../router/Router.tsx';
import { type SessionHandle, useSessionHandle } from '../../session/useSessionHandle.ts';
import { useConnection, useSnapshot } from '../../session/useSessionState.ts';

function JoinBanner({ code, compact }: { code: string; compact: boolean }) {
  const { t } = useTranslation();
  const host = location.host;
  const joinUrl = `${location.origin}/j/${code}`;
  return (
    <section className={compact ? 'projector-join projector-join-compact' : 'projector-join'}>
      <div>
        <p className="projector-join-line">
          {t('projector.joinAt')} <strong>{host}</strong> {t('projector.withCode')}
        </p>
        <p className="projector-code" data-testid="projector-code">
          {code}
        </p>
        {compact ? null : <p className="projector-url">{joinUrl}</p>}
      </div>
      {code ? (
        <QrCode value={joinUrl} label={t('facilitator.qrAlt', { url: joinUrl })} size={compact ? 140 : 320} />
      ) : null}
    </section>
  );
}

function ProjectorSession({ handle }: { handle: SessionHandle }) {
  const { t } = useTranslation();
  const snapshot = useSnapshot(handle);
  const { connection, refusalCode, pending } = useConnection(handle);
  const question = selectActiveQuestion(snapshot);
  const sharing = snapshot.phase === 'share' && question !== null;
  return (
    <div className="projector">
      <header className="projector-header">
        <p className="projector-title">{snapshot.title}</p>
        <ConnectionBadge connection={connection} pending={pending} />
      </header>
      <main id="content" className="projector-main">
        {refusalCode !== null ? (
          <Notice tone="error">{refusalCode === 4404 ? t('errors.sessionGone') : t('errors.refused')}</Notice>
        ) : null}
        <JoinBanner code={snapshot.joinCode} compact={sharing} />
        {sharing ? (
          <>
            <h1 className="projector-question" id="projector-question">
              {question.text}
            </h1>
            <AnswerList
              answers={selectAnswersTo(snapshot, question.id)}
              variant="wall"
              headingId="projector-question"
            />
          </>
        ) : (
          <>
            <h1 className="visually-hidden">{snapshot.title}</h1>
            <div className="projector-warmup">
              {snapshot.warmup.map((item) => (
                <WarmupItemView key={item.id} item={item} headingLevel={2} />
              ))}
            </div>
          </>
        )}
      </main>
    </div>
  );
}

export default function ProjectorScreen() {
  const { t } = useTranslation();
  const sessionId = useParams().id ?? '';
  const token = new URLSearchParams(location.hash.slice(1)).get('v');
  const access = useMemo(() => (token ? { role: 'viewer' as const, token } : null), [token]);
  const handle = useSessionHandle(sessionId, access);
  if (!token) {
    return (
      <main id="content" className="content">
        <Notice tone="error">{t('errors.refused')}</Notice>
      </main>
    );
  }
  return handle ? <ProjectorSession handle={handle} /> : null;
}
