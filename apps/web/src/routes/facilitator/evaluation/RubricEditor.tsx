import {
  EVALUATION_LIMITS,
  type EvaluationCommandSet,
  getRubricPresets,
  type Language,
  type Rubric,
  type RubricInput,
  type RubricPreset,
} from '@peerloom/session-model';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../../components/ConfirmBox.tsx';

interface RubricEditorProps {
  rubric: Rubric | null;
  language: Language;
  /** Evaluations exist: removing a criterion drops its scores, so the editor says so. */
  started: boolean;
  commands: EvaluationCommandSet;
  run: (command: () => void) => boolean;
}

const blankCriterion = () => ({
  title: '',
  levels: Array.from({ length: EVALUATION_LIMITS.levels }, () => ''),
});

const toInput = (rubric: Rubric): RubricInput => ({
  criteria: rubric.criteria.map((criterion) => ({ ...criterion, levels: [...criterion.levels] })),
  commentPrompt: rubric.commentPrompt,
});

/** The facilitator's rubric: start from a preset (English or French), edit criteria and levels, save. */
export function RubricEditor({ rubric, language, started, commands, run }: RubricEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<RubricInput | null>(null);
  const [asking, setAsking] = useState<RubricPreset | null>(null);
  const shown: RubricInput = draft ?? (rubric ? toInput(rubric) : { criteria: [], commentPrompt: '' });
  const edit = (change: (current: RubricInput) => RubricInput) => setDraft(change(shown));
  const editCriterion = (index: number, change: Partial<RubricInput['criteria'][number]>) =>
    edit((current) => ({
      ...current,
      criteria: current.criteria.map((criterion, at) =>
        at === index ? { ...criterion, ...change } : criterion,
      ),
    }));
  const save = (input: RubricInput) => {
    if (run(() => commands.setRubric(input))) setDraft(null);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="rubric-editor">
      <h3 id={`${id}-title`}>{t('evaluation.rubricTitle')}</h3>
      <p className="hint">{t('evaluation.rubricHint')}</p>
      <div className="rubric-presets">
        <p className="rubric-presets-label">{t('evaluation.presetsLabel')}</p>
        <div className="button-row">
          {getRubricPresets(language).map((preset) => (
            <button
              key={preset.id}
              type="button"
              className="secondary"
              onClick={() => (rubric || draft ? setAsking(preset) : save(toInput(preset.rubric)))}
            >
              {preset.name}
            </button>
          ))}
        </div>
        {asking ? (
          <ConfirmBox
            message={t('evaluation.confirmPreset', { name: asking.name })}
            confirmLabel={t('evaluation.confirmPresetYes')}
            onConfirm={() => {
              setAsking(null);
              save(toInput(asking.rubric));
            }}
            onCancel={() => setAsking(null)}
          />
        ) : null}
      </div>
      {!rubric && !draft ? <p className="hint">{t('evaluation.rubricMissing')}</p> : null}
      {started ? <p className="hint">{t('evaluation.rubricChangedAfterStart')}</p> : null}
      <ol className="rubric-criteria">
        {shown.criteria.map((criterion, index) => (
          <li key={criterion.id ?? `new-${index}`} className="rubric-criterion">
            <fieldset>
              <legend>{t('evaluation.criterionTitle', { number: index + 1 })}</legend>
              <label>
                {t('evaluation.criterionName')}
                <input
                  value={criterion.title}
                  maxLength={EVALUATION_LIMITS.criterionTitleLength}
                  onChange={(event) => editCriterion(index, { title: event.target.value })}
                />
              </label>
              <div className="rubric-levels">
                {criterion.levels.map((level, levelIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a level's position is its identity
                  <label key={levelIndex} className="rubric-level-row">
                    <span className="rubric-level-tag" aria-hidden="true">
                      {levelIndex + 1}
                    </span>
                    <span className="visually-hidden">
                      {t('evaluation.levelLabel', { level: levelIndex + 1 })}
                      {levelIndex === 0 ? ` (${t('evaluation.levelLow')})` : null}
                      {levelIndex === criterion.levels.length - 1 ? ` (${t('evaluation.levelHigh')})` : null}
                    </span>
                    <input
                      value={level}
                      maxLength={EVALUATION_LIMITS.levelDescriptionLength}
                      onChange={(event) =>
                        editCriterion(index, {
                          levels: criterion.levels.map((value, at) =>
                            at === levelIndex ? event.target.value : value,
                          ),
                        })
                      }
                    />
                  </label>
                ))}
              </div>
              {shown.criteria.length > EVALUATION_LIMITS.criteriaMin ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    edit((current) => ({
                      ...current,
                      criteria: current.criteria.filter((_, at) => at !== index),
                    }))
                  }
                >
                  {t('evaluation.removeCriterion', { number: index + 1 })}
                </button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      {shown.criteria.length < EVALUATION_LIMITS.criteriaMax ? (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            edit((current) => ({ ...current, criteria: [...current.criteria, blankCriterion()] }))
          }
        >
          {t('evaluation.addCriterion')}
        </button>
      ) : null}
      <label className="rubric-prompt">
        {t('evaluation.commentPrompt')}
        <input
          value={shown.commentPrompt}
          maxLength={EVALUATION_LIMITS.commentPromptLength}
          onChange={(event) => edit((current) => ({ ...current, commentPrompt: event.target.value }))}
        />
      </label>
      <div className="button-row">
        <button type="button" disabled={!draft} onClick={() => draft && save(draft)}>
          {t('evaluation.saveRubric')}
        </button>
        <p className="hint" aria-live="polite">
          {draft ? t('evaluation.rubricUnsaved') : rubric ? t('evaluation.rubricSaved') : null}
        </p>
      </div>
    </section>
  );
}
