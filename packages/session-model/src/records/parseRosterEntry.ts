import { LIMITS } from '../schema/limits.ts';
import { readField } from './readField.ts';

/** A roster entry as it may be trusted: what a peer wrote under its own id, with every field checked. */
export interface RosterRecord {
  name: string;
  joinedAt: number;
  profile: Readonly<Record<string, string | number>>;
}

/** Most profile values one person can hold (far more than any form has fields). */
const MAX_PROFILE_VALUES = 50;
/** A profile value is an option's label or id; no option is longer than an answer. */
const MAX_PROFILE_TEXT = LIMITS.answerLength;

/** The one parser of a `room` roster entry, for readers and commands alike; null when it is not one. */
export function parseRosterEntry(value: unknown): RosterRecord | null {
  if (!readField.isPlainObject(value)) return null;
  const profile: Record<string, string | number> = {};
  const stored = readField.isPlainObject(value.profile) ? value.profile : {};
  for (const [key, entry] of Object.entries(stored).slice(0, MAX_PROFILE_VALUES)) {
    if (!readField.isSafeKey(key)) continue;
    if (typeof entry === 'string') profile[key] = readField.text(entry, MAX_PROFILE_TEXT);
    else if (typeof entry === 'number' && Number.isFinite(entry)) profile[key] = entry;
  }
  return {
    name: readField.text(value.name, LIMITS.nameLength),
    joinedAt: readField.time(value.joinedAt),
    profile: Object.freeze(profile),
  };
}
