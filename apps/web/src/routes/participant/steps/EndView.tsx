import { selectOwnGroups } from '@peerloom/session-model';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../router/Link.tsx';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { loadProductionFeedbackList } from '../../page/loadProductionFeedbackList.ts';
import { loadSessionFeedbackView } from '../feedback/loadSessionFeedbackView.ts';

// Loaded only once the session ends, so a phone in the earlier steps never downloads it.
const ProductionFeedbackList = lazy(loadProductionFeedbackList);
const SessionFeedbackView = lazy(loadSessionFeedbackView);

/** After the last step: thanks, what this person keeps (their answers and groups), and feedback on productions. */
export function EndView(props: ParticipantStepProps) {
  const { snapshot, participantId, handle } = props;
  const { t } = useTranslation();
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId, entry.name]));
  const own = snapshot.answers.filter((answer) => answer.participantId === participantId);
  const groups = selectOwnGroups(snapshot, participantId);
  return (
    <section aria-labelledby="end-title">
      <h1 id="end-title">{t('end.participantTitle')}</h1>
      <p className="waiting">{t('end.participantIntro')}</p>
      <Suspense fallback={null}>
        <SessionFeedbackView {...props} />
      </Suspense>
      {snapshot.sessionId ? (
        <p>
          <Link to={`/g/${snapshot.sessionId}`} className="button-link" data-testid="open-session-page">
            {t('end.openPage')}
          </Link>
        </p>
      ) : null}
      {own.length > 0 ? (
        <section className="card" aria-labelledby="end-answers">
          <h2 id="end-answers">{t('end.yourAnswers')}</h2>
          <ul className="end-answers">
            {own.map((answer) => (
              <li key={answer.questionId}>
                <p className="hint">
                  {snapshot.questions.find((question) => question.id === answer.questionId)?.text}
                </p>
                <p className="answer-text">{answer.text}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.map(({ kind, group }) => (
        <section className="card" key={kind} aria-labelledby={`end-group-${kind}`}>
          <h2 id={`end-group-${kind}`}>{kind === 'diverse' ? t('end.mixGroups') : t('end.matchGroups')}</h2>
          {group.label.length > 0 ? <p className="group-label">{group.label.join(', ')}</p> : null}
          <p>
            {group.members
              .map((member) => (member === participantId ? t('groups.you') : names.get(member)))
              .filter(Boolean)
              .join(', ')}
          </p>
        </section>
      ))}
      {snapshot.productions.length > 0 ? (
        <Suspense fallback={null}>
          <ProductionFeedbackList snapshot={snapshot} handle={handle} />
        </Suspense>
      ) : null}
    </section>
  );
}
