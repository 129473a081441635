import type { Answer } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { TagList } from './TagList.tsx';

interface AnswerListProps {
  answers: readonly Answer[];
  ownParticipantId?: string;
  variant?: 'list' | 'wall';
  headingId?: string;
}

export function AnswerList({ answers, ownParticipantId, variant = 'list', headingId }: AnswerListProps) {
  const { t } = useTranslation();
  return (
    <section className={`answers answers-${variant}`} aria-labelledby={headingId}>
      <p className="answer-count" aria-live="polite" data-testid="answer-count">
        {t('answers.count', { count: answers.length })}
      </p>
      <ul className="answer-list" data-testid="answer-list">
        {answers.map((answer) => (
          <li
            key={`${answer.questionId}/${answer.participantId}`}
            className={answer.participantId === ownParticipantId ? 'answer answer-own' : 'answer'}
          >
            <p className="answer-text">{answer.text}</p>
            <TagList tags={answer.tags} />
            <p className="answer-author">
              {t('answers.by', { name: answer.authorName || t('answers.anonymous') })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
