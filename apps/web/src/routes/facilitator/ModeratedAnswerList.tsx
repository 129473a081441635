import type { Answer, Question, SessionStore } from '@peerloom/session-model';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LongList } from '../../components/LongList.tsx';
import { ModeratedAnswerItem } from './ModeratedAnswerItem.tsx';

interface ModeratedAnswerListProps {
  question: Question;
  answers: readonly Answer[];
  store: SessionStore;
  run: (command: () => void) => boolean;
}

/** The facilitator's view of a question's answers: hidden ones stay listed, marked, with a way to show them again. */
export function ModeratedAnswerList({ question, answers, store, run }: ModeratedAnswerListProps) {
  const { t } = useTranslation();
  const visible = answers.filter((answer) => !answer.hidden).length;
  // Rows keep one callback for the list's life, so that a memoised row is not rendered again for a new one.
  const latest = useRef({ store, run });
  latest.current = { store, run };
  const toggleHidden = useCallback((answer: Answer) => {
    const { store, run } = latest.current;
    run(() => store.commands.setAnswerHidden(answer.questionId, answer.participantId, !answer.hidden));
  }, []);
  return (
    <section
      className="answers answers-list"
      aria-label={t('facilitator.answersTo', { question: question.text })}
    >
      <p className="answer-count" aria-live="polite" data-testid="answer-count">
        {t('answers.count', { count: visible })}
        {visible < answers.length
          ? ` · ${t('moderation.hiddenCount', { count: answers.length - visible })}`
          : null}
      </p>
      <LongList
        items={answers}
        getKey={(answer) => answer.participantId}
        className="answer-list"
        testId="answer-list"
        estimatedHeight={110}
        renderRow={(answer, row) => (
          <ModeratedAnswerItem
            key={answer.participantId}
            answer={answer}
            question={question}
            onToggleHidden={toggleHidden}
            {...row}
          />
        )}
      />
    </section>
  );
}
