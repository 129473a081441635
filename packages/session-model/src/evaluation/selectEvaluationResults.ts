import type { ParticipantId } from '../schema/ids.ts';
import { EVALUATION_REACTION_KINDS, type EvaluationReactionKind } from './evaluationLayout.ts';
import { EVALUATION_LIMITS } from './evaluationLimits.ts';
import type { Evaluation, EvaluationState } from './evaluationTypes.ts';
import { median } from './median.ts';

/** One criterion's results for one production. */
export interface CriterionResult {
  readonly criterionId: string;
  readonly title: string;
  /** How many evaluations scored it. */
  readonly count: number;
  /** Null while nobody scored it. */
  readonly median: number | null;
  /** The lowest and highest level given (the spread), null while nobody scored it. */
  readonly min: number | null;
  readonly max: number | null;
  /** How many evaluations gave each level, level 1 first. */
  readonly levels: readonly number[];
}

/** One evaluation's open comment, as the audience may see it. */
export interface EvaluationComment {
  readonly evaluationId: string;
  readonly text: string;
  /** The evaluator's name, only where the setting and the evaluator's own consent allow it; else null. */
  readonly evaluatorName: string | null;
  readonly reactions: Readonly<Record<EvaluationReactionKind, number>>;
  /** The reaction of the person asking, or null. */
  readonly mine: EvaluationReactionKind | null;
}

export interface EvaluationResults {
  readonly evaluationCount: number;
  readonly criteria: readonly CriterionResult[];
  readonly comments: readonly EvaluationComment[];
}

/** Who is reading: the evaluated group (or anyone but the facilitator) or the facilitator. */
export type EvaluationAudience = 'group' | 'facilitator';

const isNamedTo = (state: EvaluationState, evaluation: Evaluation, audience: EvaluationAudience) =>
  audience === 'facilitator'
    ? state.settings.namedToFacilitator && evaluation.namedToFacilitator
    : state.settings.namedToGroup && evaluation.namedToGroup;

/**
 * A production's results: per criterion of the rubric the median and spread of the levels given, then the
 * comments with their reactions. An evaluator's name is there only when both the setting now and the one they
 * were shown before writing allow `audience` to see it.
 */
export function selectEvaluationResults(
  state: EvaluationState,
  productionId: string,
  options: {
    audience: EvaluationAudience;
    names: ReadonlyMap<string, string>;
    viewer?: ParticipantId | null;
  },
): EvaluationResults {
  const evaluations = state.evaluations.filter((evaluation) => evaluation.productionId === productionId);
  const criteria = (state.settings.rubric?.criteria ?? []).map((criterion): CriterionResult => {
    const given = evaluations
      .map((evaluation) => evaluation.scores[criterion.id])
      .filter((level): level is number => level !== undefined);
    const levels = Array.from(
      { length: EVALUATION_LIMITS.levels },
      (_, index) => given.filter((level) => level === index + 1).length,
    );
    return Object.freeze({
      criterionId: criterion.id,
      title: criterion.title,
      count: given.length,
      median: median(given),
      min: given.length > 0 ? Math.min(...given) : null,
      max: given.length > 0 ? Math.max(...given) : null,
      levels: Object.freeze(levels),
    });
  });
  const comments = evaluations
    .filter((evaluation) => evaluation.comment.trim() !== '')
    .map((evaluation): EvaluationComment => {
      const reactions = state.reactions.filter((reaction) => reaction.evaluationId === evaluation.id);
      return Object.freeze({
        evaluationId: evaluation.id,
        text: evaluation.comment,
        evaluatorName: isNamedTo(state, evaluation, options.audience)
          ? (options.names.get(evaluation.evaluatorId) ?? null)
          : null,
        reactions: Object.freeze(
          Object.fromEntries(
            EVALUATION_REACTION_KINDS.map((kind) => [
              kind,
              reactions.filter((reaction) => reaction.kind === kind).length,
            ]),
          ) as Record<EvaluationReactionKind, number>,
        ),
        mine: reactions.find((reaction) => reaction.participantId === options.viewer)?.kind ?? null,
      });
    });
  return Object.freeze({
    evaluationCount: evaluations.length,
    criteria: Object.freeze(criteria),
    comments: Object.freeze(comments),
  });
}
