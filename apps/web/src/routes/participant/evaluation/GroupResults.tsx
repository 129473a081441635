import type { EvaluationReactionKind, EvaluationResults } from '@peerloom/session-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CriterionResultList } from '../../../components/CriterionResultList.tsx';
import { EvaluationCommentList } from '../../../components/EvaluationCommentList.tsx';

interface GroupResultsProps {
  results: EvaluationResults;
  onReact: (evaluationId: string, kind: EvaluationReactionKind) => void;
}

/** What others said of this person's group's production: per criterion, then the comments to react to. */
export function GroupResults({ results, onReact }: GroupResultsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card group-results" aria-labelledby={`${id}-title`} data-testid="group-results">
      <h2 id={`${id}-title`}>{t('evaluation.ourResults')}</h2>
      {results.evaluationCount === 0 ? (
        <p className="hint">{t('evaluation.ourResultsNone')}</p>
      ) : (
        <>
          <p className="hint">{t('evaluation.receivedCount', { count: results.evaluationCount })}</p>
          <CriterionResultList criteria={results.criteria} />
          <h3>{t('evaluation.commentsHeading')}</h3>
          <EvaluationCommentList comments={results.comments} onReact={onReact} />
        </>
      )}
    </section>
  );
}
