import {
  type ParticipantCommands,
  type ParticipantId,
  type SessionSnapshot,
  type SessionStore,
  selectActiveQuestion,
  selectAnswersTo,
  selectOwnAnswer,
} from '@peerloom/session-model';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { AnswerForm } from './AnswerForm.tsx';

// Loaded once the person has answered (the list shows only then), off the phone's first download.
const AnswerList = lazy(() =>
  import('../../components/AnswerList.tsx').then((module) => ({ default: module.AnswerList })),
);

interface ShareStepProps {
  snapshot: SessionSnapshot;
  store: SessionStore<ParticipantCommands>;
  participantId: ParticipantId;
}

export function ShareStep({ snapshot, store, participantId }: ShareStepProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { error, run } = useCommandRunner();
  const question = selectActiveQuestion(snapshot);
  const questionId = question?.id ?? null;
  const { answers } = snapshot;
  // The same list while no answer changed (a step's other changes), so the rows and tag suggestions keep theirs.
  const roomAnswers = useMemo(() => selectAnswersTo({ answers }, questionId), [answers, questionId]);
  if (!question) return null;
  const own = selectOwnAnswer(snapshot, question.id, participantId);
  const draftKey = `${snapshot.sessionId}:${question.id}:${participantId}`;

  return (
    <>
      <h2 className="question-text" id="question">
        {question.text}
      </h2>
      {!own || editing ? (
        <AnswerForm
          key={question.id}
          store={store}
          questionId={question.id}
          draftKey={draftKey}
          existing={own}
          onDone={() => setEditing(false)}
          roomAnswers={roomAnswers}
          participantId={participantId}
        />
      ) : (
        <section className="card own-answer" aria-labelledby="own-answer-title">
          <h3 id="own-answer-title">{t('participant.yourAnswer')}</h3>
          <p className="answer-text">{own.text}</p>
          {own.hidden ? <Notice tone="info">{t('moderation.ownHidden')}</Notice> : null}
          {own.questionVersion < question.version ? (
            <p className="hint">
              {t('moderation.earlierWording', {
                text: question.previousTexts[own.questionVersion - 1] ?? '',
              })}
            </p>
          ) : null}
          <div className="button-row">
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t('participant.edit')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => run(() => store.commands.withdrawAnswer(question.id))}
            >
              {t('participant.withdraw')}
            </button>
          </div>
          {error ? <Notice tone="error">{error}</Notice> : null}
        </section>
      )}
      {own ? (
        <Suspense fallback={null}>
          <AnswerList answers={roomAnswers} ownParticipantId={participantId} headingId="question" />
        </Suspense>
      ) : null}
    </>
  );
}
