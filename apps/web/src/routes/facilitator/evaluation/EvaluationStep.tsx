import {
  selectEvaluationAssignments,
  selectEvaluationProgress,
  selectEvaluationResults,
} from '@peerloom/session-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CriterionResultList } from '../../../components/CriterionResultList.tsx';
import { EvaluationCommentList } from '../../../components/EvaluationCommentList.tsx';
import { formatGroupTitle } from '../../../components/formatGroupTitle.ts';
import { Notice } from '../../../components/Notice.tsx';
import { useEvaluationMessages } from '../../../i18n/useEvaluationMessages.ts';
import { useCommandRunner } from '../../../session/useCommandRunner.ts';
import { useEvaluation } from '../../../session/useEvaluation.ts';
import type { FacilitatorStepProps } from '../../../steps/stepProps.ts';
import { EvaluationProgressList } from './EvaluationProgressList.tsx';
import { EvaluationSettingsForm } from './EvaluationSettingsForm.tsx';
import { RubricEditor } from './RubricEditor.tsx';

const noNames: ReadonlyMap<string, string> = new Map();

/**
 * Step 6A for the facilitator: the rubric (from a preset), who evaluates what, who is named to whom (locked
 * once used), then progress and each production's results.
 */
export function EvaluationStep({ snapshot, handle }: FacilitatorStepProps) {
  useEvaluationMessages();
  const { t } = useTranslation();
  const id = useId();
  const { error, run } = useCommandRunner();
  const { state, commands } = useEvaluation(handle, snapshot);
  const { settings } = state;
  const active = snapshot.productions.filter((production) => !production.retired);
  const assignments = selectEvaluationAssignments(snapshot.productions, settings);
  const progress = selectEvaluationProgress(state, assignments);
  const names = settings.namedToFacilitator
    ? new Map(snapshot.roster.map((entry) => [entry.participantId as string, entry.name]))
    : noNames;
  const numbered = (number: number) => t('groups.groupNumber', { number });
  const started = state.evaluations.length > 0;
  const setup = (
    <div className="evaluation-setup">
      <RubricEditor
        rubric={settings.rubric}
        language={snapshot.language}
        started={started}
        commands={commands}
        run={run}
      />
      <EvaluationSettingsForm settings={settings} commands={commands} run={run} />
    </div>
  );
  const progressCard = (
    <section className="card" aria-labelledby={`${id}-progress`}>
      <h3 id={`${id}-progress`}>{t('evaluation.progressTitle')}</h3>
      <EvaluationProgressList progress={progress} productions={snapshot.productions} names={names} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.projectorResults}
          onChange={(event) => run(() => commands.setEvaluationProjectorResults(event.target.checked))}
        />
        {t('evaluation.projectorResults')}
      </label>
    </section>
  );
  const resultsCard =
    settings.rubric && active.length > 1 ? (
      <section className="card" aria-labelledby={`${id}-results`} data-testid="evaluation-results">
        <h3 id={`${id}-results`}>{t('evaluation.resultsTitle')}</h3>
        <div className="evaluation-results-grid">
          {active.map((production) => {
            const results = selectEvaluationResults(state, production.id, {
              audience: 'facilitator',
              names,
            });
            return (
              <article key={production.id} className="evaluation-result">
                <h4>{formatGroupTitle(production, numbered)}</h4>
                <p className="hint">{t('evaluation.receivedCount', { count: results.evaluationCount })}</p>
                {results.evaluationCount > 0 ? (
                  <>
                    <CriterionResultList criteria={results.criteria} />
                    <EvaluationCommentList comments={results.comments} />
                  </>
                ) : null}
              </article>
            );
          })}
        </div>
      </section>
    ) : null;

  return (
    <div className="evaluation-step">
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('evaluation.title')}</h2>
        <p className="hint">{t('evaluation.intro')}</p>
        {active.length === 0 ? <Notice tone="warning">{t('evaluation.noProductions')}</Notice> : null}
        {active.length === 1 ? <Notice tone="warning">{t('evaluation.tooFewProductions')}</Notice> : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
      </section>
      {started ? (
        <>
          {progressCard}
          {resultsCard}
          <details className="card evaluation-setup-details" data-testid="evaluation-setup">
            <summary>{t('evaluation.setupTitle')}</summary>
            {setup}
          </details>
        </>
      ) : (
        <>
          {setup}
          {progressCard}
          {resultsCard}
        </>
      )}
    </div>
  );
}
