import type { ProfileField } from '@peerloom/session-model';

/** What a number field's text gives: a value within the field's bounds, or what is wrong with it. */
export type ProfileNumberReading =
  | { ok: true; value: number }
  | { ok: false; problem: 'notANumber' | 'tooSmall' | 'tooLarge' | 'outOfRange' };

/**
 * Reads what a participant typed in a number field (a comma counts as a decimal point, as French phones
 * type it) and checks it against the field's bounds before the command would refuse it.
 */
export function readProfileNumber(field: ProfileField, text: string): ProfileNumberReading {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || Math.abs(value) >= 1e6) {
    return { ok: false, problem: 'notANumber' };
  }
  const below = field.min !== undefined && value < field.min;
  const above = field.max !== undefined && value > field.max;
  if (!below && !above) return { ok: true, value };
  if (field.min !== undefined && field.max !== undefined) return { ok: false, problem: 'outOfRange' };
  return { ok: false, problem: below ? 'tooSmall' : 'tooLarge' };
}
