import { nanoid } from 'nanoid';
import { evaluationLayout, type StoredRubric } from '../evaluation/evaluationLayout.ts';
import { EVALUATION_LIMITS } from '../evaluation/evaluationLimits.ts';
import type { EvaluationMode } from '../evaluation/evaluationTypes.ts';
import { readEvaluationSettings } from '../evaluation/readEvaluation.ts';
import { CommandError } from '../schema/CommandError.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';

/** A rubric as the facilitator's editor sends it; a criterion without an id gets a new one. */
export interface RubricInput {
  criteria: { id?: string; title: string; levels: readonly string[] }[];
  commentPrompt: string;
}

const cleanRubricText = (value: string, max: number, allowEmpty = false) =>
  cleanText(value, max, 'rubric_text_empty', 'rubric_text_too_long', allowEmpty);

/** The facilitator's commands that set up step 6A: the rubric, who evaluates what, and who is named to whom. */
export function createEvaluationSetupCommands(context: CommandContext) {
  const settings = () => evaluationLayout.settings(context.control);

  return {
    /**
     * Sets the rubric: 2–5 criteria (`rubric_size`), each with a title and one description per level of the
     * 1–4 scale (`rubric_text_empty`, `rubric_text_too_long`), and the open comment's prompt.
     */
    setRubric(input: RubricInput): void {
      requireFacilitator(context);
      const { criteriaMin, criteriaMax, levels } = EVALUATION_LIMITS;
      if (input.criteria.length < criteriaMin || input.criteria.length > criteriaMax) {
        throw new CommandError('rubric_size');
      }
      const ids = new Set<string>();
      const criteria = input.criteria.map((criterion) => {
        if (criterion.levels.length !== levels) throw new CommandError('rubric_size');
        let id = criterion.id && /^[\w-]{1,64}$/.test(criterion.id) ? criterion.id : nanoid(10);
        if (ids.has(id)) id = nanoid(10);
        ids.add(id);
        return {
          id,
          title: cleanRubricText(criterion.title, EVALUATION_LIMITS.criterionTitleLength),
          levels: criterion.levels.map((level) =>
            cleanRubricText(level, EVALUATION_LIMITS.levelDescriptionLength),
          ),
        };
      });
      const rubric: StoredRubric = {
        criteria,
        commentPrompt: cleanRubricText(input.commentPrompt, EVALUATION_LIMITS.commentPromptLength, true),
        updatedAt: context.now(),
      };
      runCommand(context, context.control, 'setRubric', () => settings().set('rubric', rubric));
    },

    /** How many productions each group evaluates (1–4), and whether members split them or each do them all. */
    setEvaluationAssignment(options: { perGroup: number; mode: EvaluationMode }): void {
      requireFacilitator(context);
      const { perGroupMin, perGroupMax } = EVALUATION_LIMITS;
      if (
        !Number.isInteger(options.perGroup) ||
        options.perGroup < perGroupMin ||
        options.perGroup > perGroupMax
      )
        throw new CommandError('settings_invalid');
      if (options.mode !== 'split' && options.mode !== 'together') throw new CommandError('settings_invalid');
      runCommand(context, context.control, 'setEvaluationAssignment', () => {
        settings().set('perGroup', options.perGroup);
        settings().set('mode', options.mode);
      });
    },

    /** Whether the projector shows each production's results (medians and comments, never a name). */
    setEvaluationProjectorResults(show: boolean): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'setEvaluationProjectorResults', () => {
        settings().set('projectorResults', show === true);
      });
    },

    /**
     * Whether evaluators are named to the group they evaluate, and to the facilitator. Refused with
     * `evaluation_started` once an evaluation exists: evaluators wrote trusting what they were shown.
     */
    setEvaluationAnonymity(options: { namedToGroup: boolean; namedToFacilitator: boolean }): void {
      requireFacilitator(context);
      if (readEvaluationSettings(context.control, context.room).anonymityLocked) {
        throw new CommandError('evaluation_started');
      }
      runCommand(context, context.control, 'setEvaluationAnonymity', () => {
        settings().set('namedToGroup', options.namedToGroup === true);
        settings().set('namedToFacilitator', options.namedToFacilitator === true);
      });
    },
  };
}
