import type { SessionSnapshot, SessionStore } from '@peerloom/session-model';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { useGroupBoard } from '../../session/useGroupBoard.ts';
import { buildThematicInputs } from './buildThematicInputs.ts';
import { DraftGroups } from './DraftGroups.tsx';
import { freshSeed } from './freshSeed.ts';
import { GroupPlan } from './GroupPlan.tsx';
import { GroupSizeFields } from './GroupSizeFields.tsx';
import { MatchWeights } from './MatchWeights.tsx';
import { matchReadiness } from './matchReadiness.ts';
import { PublishButton } from './PublishButton.tsx';
import { StepSettings } from './StepSettings.tsx';
import { useMatchingRun } from './useMatchingRun.ts';
import { useMatchingSettings } from './useMatchingSettings.ts';

/** Step 3: groups of people from their answers and/or chosen profile fields, adjusted by hand, then published. */
export function MatchStep({ snapshot, store }: { snapshot: SessionSnapshot; store: SessionStore }) {
  const { t } = useTranslation();
  const id = useId();
  const board = useGroupBoard(snapshot, store, 'thematic');
  const { error, run } = useCommandRunner();
  const { settings, setSizes, setWeight, sizeCheck } = useMatchingSettings(snapshot, store, 'thematic', run);
  const { busy, failure, request } = useMatchingRun('thematic');
  const [timing, setTiming] = useState<number | null>(null);

  const defaultQuestionId = snapshot.activeQuestionId ?? snapshot.questions[0]?.id;
  const questions = snapshot.questions.map((question) => ({
    question,
    weight: settings.questionWeights[question.id] ?? (question.id === defaultQuestionId ? 1 : 0),
  }));
  const criteria = snapshot.profileFields.map((field) => ({
    field,
    weight: settings.criteriaWeights[field.id] ?? 0,
  }));
  const choice = {
    questions: questions.map(({ question, weight }) => ({ questionId: question.id, weight })),
    tagWeight: settings.tagWeight,
    criteria,
  };
  const built = buildThematicInputs(snapshot, choice, (field, value) =>
    t('groups.criterionValue', { field: field.label, value }),
  );
  const { readiness, canMatch } = matchReadiness(built);
  const mainQuestion = [...choice.questions].sort((left, right) => right.weight - left.weight)[0];

  const match = async () => {
    if (!sizeCheck.ok || !canMatch) return;
    const response = await request({
      inputs: built.inputs,
      seed: freshSeed(),
      sizes: sizeCheck.bounds,
      locked: board.lockedIndexes,
      weights: built.weights,
      language: snapshot.language,
    });
    if (!response) return;
    setTiming(Math.round(response.ms));
    run(() =>
      store.commands.saveGrouping(
        'thematic',
        mainQuestion && mainQuestion.weight > 0 ? mainQuestion.questionId : null,
        response.result.groups,
      ),
    );
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.matchTitle')}</h2>
      <p className="hint" data-testid="match-answered">
        {readiness === 'answers'
          ? t('groups.answered', { count: built.answered, total: built.inputs.length })
          : t(`groups.matchHint.${readiness}`)}
      </p>
      {board.grouping ? null : <GroupPlan people={snapshot.roster.length} bounds={settings.bounds} />}
      <div className="button-row">
        <button
          type="button"
          className={board.grouping ? 'secondary' : undefined}
          onClick={match}
          disabled={busy || !sizeCheck.ok || !canMatch}
        >
          {board.grouping
            ? t('groups.regroup')
            : readiness === 'profileOnly'
              ? t('groups.matchByProfile')
              : t('groups.matchByAnswers')}
        </button>
        <PublishButton board={board} run={run} />
      </div>
      {timing !== null ? <p className="hint">{t('groups.timing', { ms: timing })}</p> : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <DraftGroups board={board} bounds={settings.bounds} run={run} />
      <StepSettings summary={t('board.settingsMatch')} grouped={board.grouping !== null}>
        <div className="match-controls">
          <MatchWeights
            questions={questions}
            tagWeight={settings.tagWeight}
            criteria={criteria}
            onQuestionWeight={(questionId, weight) => setWeight({ type: 'question', id: questionId }, weight)}
            onTagWeight={(weight) => setWeight({ type: 'tags' }, weight)}
            onCriterionWeight={(fieldId, weight) => setWeight({ type: 'criterion', id: fieldId }, weight)}
          />
          <div>
            <GroupSizeFields sizes={settings.sizes} check={sizeCheck} onChange={setSizes} />
            <GroupPlan people={snapshot.roster.length} bounds={settings.bounds} />
          </div>
        </div>
      </StepSettings>
    </section>
  );
}
