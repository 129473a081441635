import type { EvaluationProgress, Production } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../../components/formatGroupTitle.ts';

interface EvaluationProgressListProps {
  progress: EvaluationProgress;
  productions: readonly Production[];
  /** Participant id → name; empty when the facilitator may not see who evaluated. */
  names: ReadonlyMap<string, string>;
}

/** Who evaluated what: each group's assigned productions, done or waiting (with names only when allowed). */
export function EvaluationProgressList({ progress, productions, names }: EvaluationProgressListProps) {
  const { t } = useTranslation();
  const numbered = (number: number) => t('groups.groupNumber', { number });
  const titleOf = (productionId: string) => {
    const production = productions.find((entry) => entry.id === productionId);
    return production ? formatGroupTitle(production, numbered) : '';
  };
  const list = (ids: readonly string[]) =>
    ids
      .map((participantId) => names.get(participantId))
      .filter(Boolean)
      .join(', ');
  return (
    <>
      <p className="evaluation-progress-count" data-testid="evaluation-progress">
        {t('evaluation.progressCount', { done: progress.done, total: progress.total })}
      </p>
      <meter min={0} max={Math.max(1, progress.total)} value={progress.done} className="evaluation-meter" />
      <ul className="evaluation-tasks">
        {progress.tasks.map((task) => {
          const done = task.submittedBy.length > 0;
          const doneBy = list(task.submittedBy);
          const assignees = list(task.assignees);
          return (
            <li key={`${task.groupId}/${task.productionId}`} className={done ? 'task task-done' : 'task'}>
              <span>
                {t('evaluation.progressRow', { from: titleOf(task.groupId), to: titleOf(task.productionId) })}
              </span>
              <span className={done ? 'badge badge-success' : 'badge'}>
                {done
                  ? doneBy
                    ? t('evaluation.progressDoneBy', { names: doneBy })
                    : t('evaluation.progressDone')
                  : assignees
                    ? `${t('evaluation.progressWaiting')} · ${t('evaluation.progressAssignees', { names: assignees })}`
                    : t('evaluation.progressWaiting')}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
