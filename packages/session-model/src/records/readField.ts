/** Keys that would reach an object's prototype if used as a property name. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Readers of one field of a record that came from a peer: each takes `unknown` and returns a value of the
 * expected type, or the empty value, never throwing.
 */
export const readField = {
  /** A string, cut to `max` characters (counted as the commands count them); '' otherwise. */
  text(value: unknown, max: number): string {
    if (typeof value !== 'string') return '';
    // Slice first so a megabyte string costs no more than a short one.
    const head = value.length > 2 * max ? value.slice(0, 2 * max) : value;
    const characters = [...head];
    return characters.length > max ? characters.slice(0, max).join('') : head;
  },
  /** A finite number of milliseconds at or after the epoch; 0 otherwise. */
  time(value: unknown): number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
  },
  /** Like {@link readField.time}, null when absent or unusable. */
  optionalTime(value: unknown): number | null {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
  },
  /** A plain object (not an array, a Y type or null) whose own entries can be read. */
  isPlainObject(value: unknown): value is Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
  },
  /** A key usable as a property name of a plain object without touching its prototype. */
  isSafeKey(key: string): boolean {
    return !prototypeKeys.has(key);
  },
};
