import {
  type EvaluationInput,
  selectEvaluationAssignments,
  selectEvaluationResults,
} from '@peerloom/session-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../../components/formatGroupTitle.ts';
import { Notice } from '../../../components/Notice.tsx';
import { useEvaluationMessages } from '../../../i18n/useEvaluationMessages.ts';
import { useCommandRunner } from '../../../session/useCommandRunner.ts';
import { useEvaluation } from '../../../session/useEvaluation.ts';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { type AssignmentItem, AssignmentList } from './AssignmentList.tsx';
import { GroupResults } from './GroupResults.tsx';
import { ProductionPreview } from './ProductionPreview.tsx';
import { RubricForm } from './RubricForm.tsx';

/**
 * Step 6A on a participant's device: who sees their name (before they write), the productions they evaluate
 * (each beside the rubric), then what others said of their group's production, to react to.
 */
export function EvaluationScreen({ snapshot, participantId, handle }: ParticipantStepProps) {
  useEvaluationMessages();
  const { t } = useTranslation();
  const { error, run } = useCommandRunner();
  const { state, commands } = useEvaluation(handle, snapshot);
  const [openId, setOpenId] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const { settings } = state;
  const assignments = selectEvaluationAssignments(snapshot.productions, settings);
  const ownId = assignments.groupOf.get(participantId) ?? null;
  const groupMembers = new Set(
    [...assignments.groupOf].filter(([, groupId]) => groupId === ownId).map(([member]) => member as string),
  );
  const numbered = (number: number) => t('groups.groupNumber', { number });
  const items: AssignmentItem[] = (assignments.byParticipant.get(participantId) ?? []).flatMap(
    (productionId) => {
      const production = snapshot.productions.find((entry) => entry.id === productionId);
      if (!production) return [];
      const by = state.evaluations.filter((evaluation) => evaluation.productionId === productionId);
      const status = by.some((evaluation) => evaluation.evaluatorId === participantId)
        ? 'mine'
        : by.some((evaluation) => groupMembers.has(evaluation.evaluatorId))
          ? 'group'
          : 'todo';
      return [{ production, title: formatGroupTitle(production, numbered), status }];
    },
  );
  const opened = items.find((item) => item.production.id === openId) ?? null;
  const earlier =
    state.evaluations.find(
      (evaluation) => evaluation.productionId === openId && evaluation.evaluatorId === participantId,
    ) ?? null;
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId as string, entry.name]));
  const submit = (input: EvaluationInput) => {
    if (!opened) return;
    if (run(() => commands.submitEvaluation(opened.production.id, input))) {
      setOpenId(null);
      setSent(true);
    }
  };

  return (
    <section aria-labelledby="evaluation-title" className="evaluation">
      <h1 id="evaluation-title">{t('evaluation.title')}</h1>
      {!settings.rubric ? (
        <p className="waiting">{t('evaluation.waitingRubric')}</p>
      ) : ownId === null ? (
        <Notice tone="info">{t('evaluation.noGroup')}</Notice>
      ) : (
        <>
          <div className="notice notice-info anonymity-notice" data-testid="anonymity-notice">
            <p>{settings.namedToGroup ? t('evaluation.youAreNamed') : t('evaluation.youAreAnonymous')}</p>
            <p>
              {settings.namedToFacilitator
                ? t('evaluation.facilitatorSeesYou')
                : t('evaluation.facilitatorDoesNotSeeYou')}
            </p>
            {settings.mode === 'together' ? <p>{t('evaluation.togetherHint')}</p> : null}
          </div>
          {sent && !opened ? <Notice tone="success">{t('evaluation.sent')}</Notice> : null}
          {opened ? (
            <div className="evaluate-layout">
              <p className="evaluate-back">
                <button type="button" className="secondary" onClick={() => setOpenId(null)}>
                  {t('evaluation.back')}
                </button>
              </p>
              <ProductionPreview
                snapshot={snapshot}
                handle={handle}
                production={opened.production}
                title={opened.title}
              />
              <RubricForm
                key={opened.production.id}
                rubric={settings.rubric}
                earlier={earlier}
                error={error}
                onSubmit={submit}
              />
            </div>
          ) : (
            <AssignmentList
              items={items}
              onOpen={(productionId) => {
                setSent(false);
                setOpenId(productionId);
              }}
            />
          )}
        </>
      )}
      {ownId !== null && settings.rubric && !opened ? (
        <GroupResults
          results={selectEvaluationResults(state, ownId, { audience: 'group', names, viewer: participantId })}
          onReact={(evaluationId, kind) => run(() => commands.toggleEvaluationReaction(evaluationId, kind))}
        />
      ) : null}
    </section>
  );
}
