import type { StoredEvaluation } from '../evaluation/evaluationLayout.ts';
import { EVALUATION_LIMITS } from '../evaluation/evaluationLimits.ts';
import { readField } from './readField.ts';

const MAX_ID_LENGTH = 64;
const MAX_SCORES = 2 * EVALUATION_LIMITS.criteriaMax;
const readId = (value: unknown): string =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && readField.isSafeKey(value) ? value : '';

function readScores(value: unknown): Record<string, number> {
  const scores: Record<string, number> = {};
  if (!readField.isPlainObject(value)) return scores;
  let count = 0;
  for (const [criterionId, level] of Object.entries(value)) {
    if (count >= MAX_SCORES) break;
    if (readId(criterionId) === '') continue;
    if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > EVALUATION_LIMITS.levels)
      continue;
    scores[criterionId] = level as number;
    count++;
  }
  return scores;
}

/**
 * The one parser of a `room` evaluation, for readers and commands alike: what a peer wrote under its own key,
 * every field checked; null when it is not one (no id or no production). Anonymity flags read as `false`
 * unless stored as exactly `true`: a broken value names nobody.
 */
export function parseEvaluation(value: unknown): StoredEvaluation | null {
  if (!readField.isPlainObject(value)) return null;
  const id = readId(value.id);
  const productionId = readId(value.productionId);
  if (id === '' || productionId === '') return null;
  return {
    id,
    productionId,
    scores: readScores(value.scores),
    comment: readField.text(value.comment, EVALUATION_LIMITS.commentLength),
    namedToGroup: value.namedToGroup === true,
    namedToFacilitator: value.namedToFacilitator === true,
    createdAt: readField.time(value.createdAt),
    updatedAt: readField.time(value.updatedAt),
  };
}
