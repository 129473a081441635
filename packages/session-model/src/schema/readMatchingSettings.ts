import type * as Y from 'yjs';
import { controlLayout } from './layout.ts';
import { LIMITS } from './limits.ts';
import type { GroupingKind, GroupSizes, MatchingSettings } from './types.ts';

/** Groups of 3 to 6, aiming for 5; tags weigh half as much as the answers they come with. */
export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = Object.freeze({
  sizes: Object.freeze({ min: 3, target: 5, max: 6 }),
  questionWeights: Object.freeze({}),
  tagWeight: 0.5,
  criteriaWeights: Object.freeze({}),
});

/** Whole numbers with 2 ≤ min ≤ target ≤ max ≤ the limit: one person alone is not a group. */
export function isGroupSizes(value: unknown): value is GroupSizes {
  if (!value || typeof value !== 'object') return false;
  const { min, target, max } = value as Record<string, unknown>;
  const whole = (number: unknown): number is number => Number.isInteger(number);
  return (
    whole(min) &&
    whole(target) &&
    whole(max) &&
    min >= 2 &&
    min <= target &&
    target <= max &&
    max <= LIMITS.groupSizeMax
  );
}

/** A finite weight from 0 (ignored) to the limit. */
export const isMatchWeight = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= LIMITS.matchWeightMax;

/** The settings of one kind of grouping; a missing or foreign-shaped value falls back to its default. */
export function readMatchingSettings(control: Y.Doc, kind: GroupingKind): MatchingSettings {
  const stored = controlLayout.matchingSettings(control);
  const sizes = stored.get(`${kind}/sizes`);
  const tagWeight = stored.get(`${kind}/tags`);
  const questionWeights: Record<string, number> = {};
  const criteriaWeights: Record<string, number> = {};
  const questionPrefix = `${kind}/question/`;
  const criterionPrefix = `${kind}/criterion/`;
  for (const [key, value] of stored.entries()) {
    if (!isMatchWeight(value)) continue;
    if (key.startsWith(questionPrefix)) questionWeights[key.slice(questionPrefix.length)] = value;
    else if (key.startsWith(criterionPrefix)) criteriaWeights[key.slice(criterionPrefix.length)] = value;
  }
  return Object.freeze({
    sizes: isGroupSizes(sizes)
      ? Object.freeze({ min: sizes.min, target: sizes.target, max: sizes.max })
      : DEFAULT_MATCHING_SETTINGS.sizes,
    questionWeights: Object.freeze(questionWeights),
    tagWeight: isMatchWeight(tagWeight) ? tagWeight : DEFAULT_MATCHING_SETTINGS.tagWeight,
    criteriaWeights: Object.freeze(criteriaWeights),
  });
}
