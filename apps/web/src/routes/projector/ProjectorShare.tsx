import { type SessionSnapshot, selectActiveQuestion, selectAnswersTo } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { AnswerList } from '../../components/AnswerList.tsx';

/** Share on the projector: the question and the live wall of answers. */
export function ProjectorShare({ snapshot }: { snapshot: SessionSnapshot }) {
  const { t } = useTranslation();
  const question = selectActiveQuestion(snapshot);
  if (!question) {
    return (
      <div className="projector-pending">
        <h1 className="projector-pending-title">{t('projector.questionSoon')}</h1>
      </div>
    );
  }
  return (
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
  );
}
