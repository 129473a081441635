import { type EvaluationReactionKind, isEvaluationReactionKind } from '../evaluation/evaluationLayout.ts';
import { readField } from './readField.ts';

/** The one parser of a reaction to an evaluation; null when it names no known kind. */
export function parseEvaluationReaction(value: unknown): { kind: EvaluationReactionKind; at: number } | null {
  if (!readField.isPlainObject(value) || !isEvaluationReactionKind(value.kind)) return null;
  return { kind: value.kind, at: readField.time(value.at) };
}
