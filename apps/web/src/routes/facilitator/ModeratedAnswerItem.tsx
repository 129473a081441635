import type { Answer, Question } from '@peerloom/session-model';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowProps } from '../../components/LongList.tsx';
import { TagList } from '../../components/TagList.tsx';

interface ModeratedAnswerItemProps extends RowProps {
  answer: Answer;
  question: Question;
  onToggleHidden: (answer: Answer) => void;
}

/** One answer on the facilitator's list, with the way to hide it or show it again; rendered again only when it changed. */
export const ModeratedAnswerItem = memo(function ModeratedAnswerItem({
  answer,
  question,
  onToggleHidden,
  rowRef,
  index,
  style,
}: ModeratedAnswerItemProps) {
  const { t } = useTranslation();
  return (
    <li
      ref={rowRef}
      data-index={index}
      style={style}
      className={answer.hidden ? 'answer answer-hidden' : 'answer'}
      data-testid="moderated-answer"
    >
      {answer.hidden ? <p className="badge badge-warning">{t('moderation.hiddenBadge')}</p> : null}
      <p className="answer-text">{answer.text}</p>
      <TagList tags={answer.tags} />
      {answer.questionVersion < question.version ? (
        <p className="hint">
          {t('moderation.earlierWording', { text: question.previousTexts[answer.questionVersion - 1] ?? '' })}
        </p>
      ) : null}
      <div className="answer-footer">
        <p className="answer-author">
          {t('answers.by', { name: answer.authorName || t('answers.anonymous') })}
        </p>
        <button type="button" className="ghost" onClick={() => onToggleHidden(answer)}>
          {answer.hidden ? t('moderation.show') : t('moderation.hide')}
          <span className="visually-hidden"> {t('answers.by', { name: answer.authorName })}</span>
        </button>
      </div>
    </li>
  );
});
