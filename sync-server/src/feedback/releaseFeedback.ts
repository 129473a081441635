import { randomInt } from 'node:crypto';
import { SESSION_FEEDBACK, type StoredFeedbackEntry } from '@peerloom/protocol';
import type * as Y from 'yjs';
import { RELAY_ORIGIN } from '../rooms/UpdateOrigin.ts';
import type { QueuedAnswer } from './FeedbackInbox.ts';

/** Fisher–Yates with the system's cryptographic randomness: the order of a batch says nothing about arrivals. */
export function shuffle<T>(items: readonly T[]): T[] {
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = randomInt(index + 1);
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  return shuffled;
}

/**
 * Writes one batch of a form's queued answers into the `feedback` document, in a shuffled order, under the
 * relay's own Yjs client, when at least `minimumBatch` of them are not there yet; the key of each entry is the
 * answer's random queue id, so a batch written again after a crash changes nothing. Returns the ids now in
 * the document (to be forgotten by the queue), or null when nothing is released yet.
 */
export function releaseFeedback(
  feedback: Y.Doc,
  formId: string,
  queued: readonly QueuedAnswer[],
  minimumBatch: number,
): { batch: number; ids: string[] } | null {
  const entries = feedback.getMap<StoredFeedbackEntry>(SESSION_FEEDBACK.entriesMap);
  const fresh = queued.filter((answer) => !entries.has(answer.id));
  const written = queued.filter((answer) => entries.has(answer.id)).map((answer) => answer.id);
  if (fresh.length < minimumBatch) return written.length > 0 ? { batch: 0, ids: written } : null;
  let batch = 1;
  for (const entry of entries.values()) {
    if (entry.formId === formId && entry.batch >= batch) batch = entry.batch + 1;
  }
  feedback.transact(() => {
    for (const answer of shuffle(fresh)) {
      entries.set(answer.id, { formId, batch, rating: answer.rating, text: answer.text });
    }
  }, RELAY_ORIGIN);
  return { batch, ids: queued.map((answer) => answer.id) };
}
