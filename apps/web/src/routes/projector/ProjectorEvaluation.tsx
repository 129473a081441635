import { selectEvaluationAssignments, selectEvaluationProgress } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import { useEvaluation } from '../../session/useEvaluation.ts';
import type { ProjectorStepProps } from '../../steps/stepProps.ts';
import './projectorEvaluation.css';

/** Step 6A on the projector: how far the room is, and how many evaluations each production has received. */
export function ProjectorEvaluation({ snapshot, handle }: ProjectorStepProps) {
  const { t } = useTranslation();
  const { state } = useEvaluation(handle, snapshot);
  const assignments = selectEvaluationAssignments(snapshot.productions, state.settings);
  const progress = selectEvaluationProgress(state, assignments);
  const numbered = (number: number) => t('groups.groupNumber', { number });
  const active = snapshot.productions.filter((production) => !production.retired);
  return (
    <div className="projector-evaluation">
      <h1 className="projector-question">{t('evaluation.projectorTitle')}</h1>
      <p className="projector-lead">{t('evaluation.projectorHint')}</p>
      <p className="projector-evaluation-count" data-testid="projector-evaluation-progress">
        {t('evaluation.progressCount', { done: progress.done, total: progress.total })}
      </p>
      <meter min={0} max={Math.max(1, progress.total)} value={progress.done} className="evaluation-meter" />
      <ul className="projector-evaluation-grid">
        {active.map((production) => {
          const received = progress.received[production.id] ?? 0;
          return (
            <li key={production.id} className={received > 0 ? 'received received-some' : 'received'}>
              <span className="received-title">{formatGroupTitle(production, numbered)}</span>
              <span className="received-count">{t('evaluation.receivedCount', { count: received })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
