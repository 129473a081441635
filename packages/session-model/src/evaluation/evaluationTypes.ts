import type { ParticipantId } from '../schema/ids.ts';
import type { EvaluationReactionKind } from './evaluationLayout.ts';

export interface RubricCriterion {
  readonly id: string;
  readonly title: string;
  /** One description per level, level 1 first (`EVALUATION_LIMITS.levels` of them). */
  readonly levels: readonly string[];
}

export interface Rubric {
  readonly criteria: readonly RubricCriterion[];
  readonly commentPrompt: string;
}

/** How evaluations are shared out: each member their part, or the whole group on every assigned production. */
export type EvaluationMode = 'split' | 'together';

export interface EvaluationSettings {
  /** Null until the facilitator sets one. */
  readonly rubric: Rubric | null;
  readonly perGroup: number;
  readonly mode: EvaluationMode;
  /** The evaluated group sees who evaluated them. */
  readonly namedToGroup: boolean;
  /** The facilitator sees who wrote each evaluation. */
  readonly namedToFacilitator: boolean;
  /** The projector shows each production's results (never a name). */
  readonly projectorResults: boolean;
  /** An evaluation exists: the anonymity settings can no longer change. */
  readonly anonymityLocked: boolean;
}

/** One evaluation as every device reads it; `evaluatorId` is for selectors, never shown unless allowed. */
export interface Evaluation {
  readonly id: string;
  readonly productionId: string;
  readonly evaluatorId: ParticipantId;
  readonly scores: Readonly<Record<string, number>>;
  readonly comment: string;
  readonly namedToGroup: boolean;
  readonly namedToFacilitator: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface EvaluationReaction {
  readonly participantId: ParticipantId;
  readonly evaluationId: string;
  readonly kind: EvaluationReactionKind;
}

export interface EvaluationState {
  readonly settings: EvaluationSettings;
  /** Evaluations of active productions by people on the roster, none by a member of the production evaluated. */
  readonly evaluations: readonly Evaluation[];
  readonly reactions: readonly EvaluationReaction[];
}
