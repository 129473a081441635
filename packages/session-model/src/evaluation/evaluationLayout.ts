import { ROOM_MAPS } from '@peerloom/protocol';
import type * as Y from 'yjs';

/** "helpful" and "unclear": the evaluated group's feedback on each piece of feedback, in screen order. */
export const EVALUATION_REACTION_KINDS = ['helpful', 'unclear'] as const;
export type EvaluationReactionKind = (typeof EVALUATION_REACTION_KINDS)[number];

export const isEvaluationReactionKind = (value: unknown): value is EvaluationReactionKind =>
  (EVALUATION_REACTION_KINDS as readonly unknown[]).includes(value);

/**
 * Co-evaluation (step 6A). The facilitator's rubric and settings live in `control`; each evaluation and each
 * reaction to one lives in `room` under its author's own id, which the relay checks.
 */
export const evaluationLayout = {
  /**
   * Flat keys, so two facilitator devices changing two settings never overwrite each other: `rubric` →
   * StoredRubric (one value: a rubric is small and applied from a preset as a whole), `perGroup` → number,
   * `mode` → 'split' | 'together', `namedToGroup`, `namedToFacilitator` and `projectorResults` → boolean.
   */
  settings: (control: Y.Doc) => control.getMap<unknown>('evaluation'),
  /** `EVALUATOR_ID/PRODUCTION_ID` → the evaluation; its author may rewrite it. */
  evaluations: (room: Y.Doc) => room.getMap<unknown>(ROOM_MAPS.evaluations),
  /** `PARTICIPANT_ID/EVALUATION_ID` → the reaction; taking it back deletes the key. */
  reactions: (room: Y.Doc) => room.getMap<unknown>(ROOM_MAPS.evaluationReactions),
};

export interface StoredCriterion {
  id: string;
  title: string;
  /** One description per level, level 1 first. */
  levels: string[];
}

export interface StoredRubric {
  criteria: StoredCriterion[];
  /** The open question under the scores. */
  commentPrompt: string;
  updatedAt: number;
}

export interface StoredEvaluation {
  id: string;
  productionId: string;
  /** Criterion id → level (1..4). */
  scores: Record<string, number>;
  comment: string;
  /** What the evaluator was told before writing: a later, looser setting never names them. */
  namedToGroup: boolean;
  namedToFacilitator: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface StoredEvaluationReaction {
  kind: EvaluationReactionKind;
  at: number;
}

export const evaluationKey = (participantId: string, productionId: string) =>
  `${participantId}/${productionId}`;
export const evaluationReactionKey = (participantId: string, evaluationId: string) =>
  `${participantId}/${evaluationId}`;

/** The two ids of a key of either room map (`OWNER/OTHER`), or null when the key is not of that shape. */
export function parsePairKey(key: string): { participantId: string; targetId: string } | null {
  const parts = key.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { participantId: parts[0], targetId: parts[1] };
}
