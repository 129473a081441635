import {
  selectEvaluationAssignments,
  selectEvaluationProgress,
  selectEvaluationResults,
} from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { CriterionResultList } from '../../components/CriterionResultList.tsx';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import { useEvaluationMessages } from '../../i18n/useEvaluationMessages.ts';
import { useEvaluation } from '../../session/useEvaluation.ts';
import type { ProjectorStepProps } from '../../steps/stepProps.ts';

const noNames: ReadonlyMap<string, string> = new Map();

/** Step 6A on the projector: how far the room is, and each production's evaluations received out of expected. */
export function ProjectorEvaluation({ snapshot, handle }: ProjectorStepProps) {
  useEvaluationMessages();
  const { t } = useTranslation();
  const { state } = useEvaluation(handle, snapshot);
  const assignments = selectEvaluationAssignments(snapshot.productions, state.settings);
  const progress = selectEvaluationProgress(state, assignments);
  const numbered = (number: number) => t('groups.groupNumber', { number });
  const active = snapshot.productions.filter((production) => !production.retired);
  return (
    <div className="projector-evaluation">
      <div className="projector-evaluation-head">
        <div>
          <h1 className="projector-question">{t('evaluation.projectorTitle')}</h1>
          <p className="projector-lead">{t('evaluation.projectorHint')}</p>
        </div>
        <p className="projector-evaluation-count" data-testid="projector-evaluation-progress">
          <span className="projector-evaluation-number">
            {progress.done}
            <span className="projector-evaluation-total"> / {progress.total}</span>
          </span>
          <span className="projector-evaluation-label">
            {t('evaluation.progressCount', { done: progress.done, total: progress.total })}
          </span>
        </p>
      </div>
      <ul className="projector-evaluation-grid">
        {active.map((production) => {
          const tasks = progress.tasks.filter((task) => task.productionId === production.id);
          const done = tasks.filter((task) => task.submittedBy.length > 0).length;
          const complete = tasks.length > 0 && done === tasks.length;
          return (
            <li key={production.id} className={complete ? 'received received-complete' : 'received'}>
              <span className="received-title">{formatGroupTitle(production, numbered)}</span>
              <span className="received-count">
                {t('evaluation.receivedCount', { count: progress.received[production.id] ?? 0 })}
              </span>
              <meter min={0} max={Math.max(1, tasks.length)} value={done} className="evaluation-meter" />
              {state.settings.projectorResults && (progress.received[production.id] ?? 0) > 0 ? (
                // Medians and spread only: no comment and no name on the wall.
                <CriterionResultList
                  criteria={
                    selectEvaluationResults(state, production.id, { audience: 'group', names: noNames })
                      .criteria
                  }
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
