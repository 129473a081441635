import { EVALUATION_LIMITS } from '../evaluation/evaluationLimits.ts';
import type { Rubric, RubricCriterion } from '../evaluation/evaluationTypes.ts';
import { readField } from './readField.ts';

const readId = (value: unknown): string =>
  typeof value === 'string' && value.length > 0 && value.length <= 64 && readField.isSafeKey(value)
    ? value
    : '';

function parseCriterion(value: unknown): RubricCriterion | null {
  if (!readField.isPlainObject(value)) return null;
  const id = readId(value.id);
  if (id === '') return null;
  const stored = Array.isArray(value.levels) ? value.levels : [];
  const levels = Array.from({ length: EVALUATION_LIMITS.levels }, (_, index) =>
    readField.text(stored[index], EVALUATION_LIMITS.levelDescriptionLength),
  );
  return Object.freeze({
    id,
    title: readField.text(value.title, EVALUATION_LIMITS.criterionTitleLength),
    levels: Object.freeze(levels),
  });
}

/**
 * The one parser of the facilitator's rubric (written in `control`, read defensively all the same): at most
 * `criteriaMax` criteria with distinct ids, each with exactly `levels` descriptions; null when fewer than
 * `criteriaMin` criteria remain.
 */
export function parseRubric(value: unknown): Rubric | null {
  if (!readField.isPlainObject(value) || !Array.isArray(value.criteria)) return null;
  const criteria: RubricCriterion[] = [];
  const seen = new Set<string>();
  for (const stored of value.criteria.slice(0, EVALUATION_LIMITS.criteriaMax)) {
    const criterion = parseCriterion(stored);
    if (!criterion || seen.has(criterion.id)) continue;
    seen.add(criterion.id);
    criteria.push(criterion);
  }
  if (criteria.length < EVALUATION_LIMITS.criteriaMin) return null;
  return Object.freeze({
    criteria: Object.freeze(criteria),
    commentPrompt: readField.text(value.commentPrompt, EVALUATION_LIMITS.commentPromptLength),
  });
}
