import {
  EVALUATION_REACTION_KINDS,
  type EvaluationComment,
  type EvaluationReactionKind,
} from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';

interface EvaluationCommentListProps {
  comments: readonly EvaluationComment[];
  /** The evaluated group's members react; everyone else only reads the counts. */
  onReact?: (evaluationId: string, kind: EvaluationReactionKind) => void;
}

/** The open comments of a production's evaluations, each signed only where the setting allows, with reactions. */
export function EvaluationCommentList({ comments, onReact }: EvaluationCommentListProps) {
  const { t } = useTranslation();
  if (comments.length === 0) return <p className="hint">{t('evaluation.noComments')}</p>;
  return (
    <ul className="evaluation-comments">
      {comments.map((comment) => (
        <li key={comment.evaluationId} className="evaluation-comment" data-testid="evaluation-comment">
          <p className="evaluation-comment-text">{comment.text}</p>
          <p className="evaluation-comment-by">
            {comment.evaluatorName
              ? t('evaluation.byName', { name: comment.evaluatorName })
              : t('evaluation.anonymousEvaluator')}
          </p>
          <fieldset className="evaluation-reactions">
            <legend className="hint">{t('evaluation.reactionsLabel')}</legend>
            {EVALUATION_REACTION_KINDS.map((kind) => {
              const label = t('evaluation.reactionCount', {
                label: t(`evaluation.reaction.${kind}`),
                count: comment.reactions[kind],
              });
              return onReact ? (
                <button
                  key={kind}
                  type="button"
                  className={comment.mine === kind ? 'reaction reaction-on' : 'reaction secondary'}
                  aria-pressed={comment.mine === kind}
                  onClick={() => onReact(comment.evaluationId, kind)}
                >
                  {label}
                </button>
              ) : (
                <span key={kind} className="badge">
                  {label}
                </span>
              );
            })}
          </fieldset>
        </li>
      ))}
    </ul>
  );
}
