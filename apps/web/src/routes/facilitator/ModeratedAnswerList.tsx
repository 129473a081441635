import type { Answer, Question, SessionStore } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { TagList } from '../../components/TagList.tsx';

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
      <ul className="answer-list" data-testid="answer-list">
        {answers.map((answer) => (
          <li
            key={answer.participantId}
            className={answer.hidden ? 'answer answer-hidden' : 'answer'}
            data-testid="moderated-answer"
          >
            {answer.hidden ? <p className="badge badge-warning">{t('moderation.hiddenBadge')}</p> : null}
            <p className="answer-text">{answer.text}</p>
            <TagList tags={answer.tags} />
            {answer.questionVersion < question.version ? (
              <p className="hint">
                {t('moderation.earlierWording', {
                  text: question.previousTexts[answer.questionVersion - 1] ?? '',
                })}
              </p>
            ) : null}
            <div className="answer-footer">
              <p className="answer-author">
                {t('answers.by', { name: answer.authorName || t('answers.anonymous') })}
              </p>
              <button
                type="button"
                className="ghost"
                onClick={() =>
                  run(() =>
                    store.commands.setAnswerHidden(answer.questionId, answer.participantId, !answer.hidden),
                  )
                }
              >
                {answer.hidden ? t('moderation.show') : t('moderation.hide')}
                <span className="visually-hidden"> {t('answers.by', { name: answer.authorName })}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
