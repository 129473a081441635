import type { GroupSizeBounds } from '@peerloom/matching';
import { LIMITS } from '@peerloom/session-model';

/** The three group-size fields exactly as the facilitator typed them. */
export interface GroupSizesText {
  min: string;
  target: string;
  max: string;
}

/** Why a size field is refused; each code has a message under `groups.sizeErrors`. */
export type GroupSizeProblemCode =
  | 'not_whole'
  | 'min_too_small'
  | 'target_below_min'
  | 'max_below_target'
  | 'max_too_large';

/** One refused field and why. */
export interface GroupSizeProblem {
  field: keyof GroupSizesText;
  code: GroupSizeProblemCode;
}

/** Valid bounds, or every problem found (a field is named at most once). */
export type GroupSizesCheck =
  | { ok: true; bounds: GroupSizeBounds }
  | { ok: false; problems: GroupSizeProblem[] };

const wholeNumber = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text) : null);

/**
 * Checks the facilitator's group sizes: whole numbers, a minimum of at least 2 (one person alone is not a
 * group), minimum ≤ target ≤ maximum, and a maximum the session accepts.
 */
export function parseGroupSizes(text: GroupSizesText): GroupSizesCheck {
  const min = wholeNumber(text.min);
  const target = wholeNumber(text.target);
  const max = wholeNumber(text.max);
  const problems: GroupSizeProblem[] = [];
  if (min === null) problems.push({ field: 'min', code: 'not_whole' });
  else if (min < 2) problems.push({ field: 'min', code: 'min_too_small' });
  if (target === null) problems.push({ field: 'target', code: 'not_whole' });
  else if (min !== null && target < min) problems.push({ field: 'target', code: 'target_below_min' });
  if (max === null) problems.push({ field: 'max', code: 'not_whole' });
  else if (target !== null && max < target) problems.push({ field: 'max', code: 'max_below_target' });
  else if (max > LIMITS.groupSizeMax) problems.push({ field: 'max', code: 'max_too_large' });
  if (min === null || target === null || max === null || problems.length > 0) return { ok: false, problems };
  return { ok: true, bounds: { min, target, max } };
}
