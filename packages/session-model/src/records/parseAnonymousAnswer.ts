import { FEEDBACK_LIMITS, SESSION_FEEDBACK } from '@peerloom/protocol';
import type { AnonymousAnswer } from '../schema/sessionFeedbackTypes.ts';
import { readField } from './readField.ts';

const MAX_ID_LENGTH = 64;

/**
 * The one parser of an answer the relay released into the `feedback` document; null when it is not one. Only
 * the relay writes there, but the document still crosses the network: every field is checked.
 */
export function parseAnonymousAnswer(id: string, value: unknown): AnonymousAnswer | null {
  if (!readField.isPlainObject(value) || id.length === 0 || id.length > MAX_ID_LENGTH) return null;
  const formId = typeof value.formId === 'string' && value.formId.length <= MAX_ID_LENGTH ? value.formId : '';
  const batch = value.batch;
  if (formId === '' || typeof batch !== 'number' || !Number.isInteger(batch) || batch < 1) return null;
  const rating =
    typeof value.rating === 'number' &&
    Number.isInteger(value.rating) &&
    value.rating >= SESSION_FEEDBACK.ratingMin &&
    value.rating <= SESSION_FEEDBACK.ratingMax
      ? value.rating
      : null;
  const text = readField.text(value.text, FEEDBACK_LIMITS.textLength).trim();
  if (rating === null && text === '') return null;
  return { id, formId, batch, rating, text };
}
