import type { Answer } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { AnswerItem } from './AnswerItem.tsx';
import { LongList } from './LongList.tsx';

interface AnswerListProps {
  answers: readonly Answer[];
  ownParticipantId?: string;
  variant?: 'list' | 'wall';
  headingId?: string;
}

const ANSWERS_VIRTUAL_FROM = 12;
const answerId = (answer: Answer) => `${answer.questionId}/${answer.participantId}`;

export function AnswerList({ answers, ownParticipantId, variant = 'list', headingId }: AnswerListProps) {
  const { t } = useTranslation();
  return (
    <section className={`answers answers-${variant}`} aria-labelledby={headingId}>
      <p className="answer-count" aria-live="polite" data-testid="answer-count">
        {t('answers.count', { count: answers.length })}
      </p>
      <LongList
        items={answers}
        getKey={answerId}
        className="answer-list"
        testId="answer-list"
        estimatedHeight={variant === 'wall' ? 140 : 90}
        // The room's answers keep coming: the list turns virtual while short, when the switch costs little.
        virtualFrom={ANSWERS_VIRTUAL_FROM}
        minColumnWidth={variant === 'wall' ? 320 : undefined}
        renderRow={(answer, row) => (
          <AnswerItem
            key={answerId(answer)}
            answer={answer}
            own={answer.participantId === ownParticipantId}
            {...row}
          />
        )}
      />
    </section>
  );
}
