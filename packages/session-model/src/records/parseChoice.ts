import type { StoredChoice } from '../schema/classesLayout.ts';
import { readField } from './readField.ts';

/** Ids are short random strings; anything longer is not one. */
const MAX_ID_LENGTH = 64;

/**
 * The one parser of a class choice (a participant's sign-up in `room`, or the facilitator's move in `control`),
 * for readers and commands alike; null when it is not one.
 */
export function parseChoice(value: unknown): StoredChoice | null {
  if (!readField.isPlainObject(value)) return null;
  const at = readField.optionalTime(value.at);
  if (at === null) return null;
  const classId = value.classId;
  if (classId === null) return { classId: null, at };
  if (typeof classId !== 'string' || classId === '' || classId.length > MAX_ID_LENGTH) return null;
  if (!readField.isSafeKey(classId)) return null;
  return { classId, at };
}
