import { LIMITS } from '../schema/limits.ts';
import { readField } from './readField.ts';

/** A comment as it may be trusted: what a peer wrote under its own key, with every field checked. */
export interface CommentRecord {
  productionId: string;
  /** '' once deleted. */
  text: string;
  /** The top-level comment this one answers, or null. */
  replyTo: string | null;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
}

/** Ids are short random strings; anything longer is not one. */
const MAX_ID_LENGTH = 64;
const readId = (value: unknown): string =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && readField.isSafeKey(value) ? value : '';

/**
 * The one parser of a `room` comment, for readers and commands alike; null when it is not one (no
 * production to attach it to).
 */
export function parseComment(value: unknown): CommentRecord | null {
  if (!readField.isPlainObject(value)) return null;
  const productionId = readId(value.productionId);
  if (productionId === '') return null;
  const deleted = value.deleted === true;
  return {
    productionId,
    text: deleted ? '' : readField.text(value.text, LIMITS.commentLength),
    replyTo: readId(value.replyTo) || null,
    createdAt: readField.time(value.createdAt),
    editedAt: readField.optionalTime(value.editedAt),
    deleted,
  };
}
