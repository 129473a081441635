import type { Answer } from '@peerloom/session-model';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowProps } from './LongList.tsx';
import { TagList } from './TagList.tsx';

interface AnswerItemProps extends RowProps {
  answer: Answer;
  own: boolean;
}

/** One answer of a list; rendered again only when that answer (or its place) changed. */
export const AnswerItem = memo(function AnswerItem({ answer, own, rowRef, index, style }: AnswerItemProps) {
  const { t } = useTranslation();
  return (
    <li ref={rowRef} data-index={index} style={style} className={own ? 'answer answer-own' : 'answer'}>
      <p className="answer-text">{answer.text}</p>
      <TagList tags={answer.tags} />
      <p className="answer-author">
        {t('answers.by', { name: answer.authorName || t('answers.anonymous') })}
      </p>
    </li>
  );
});
