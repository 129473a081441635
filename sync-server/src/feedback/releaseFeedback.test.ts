import { SESSION_FEEDBACK, type StoredFeedbackEntry } from '@peerloom/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { releaseFeedback, shuffle } from './releaseFeedback.ts';

const queued = (count: number, from = 0) =>
  Array.from({ length: count }, (_, index) => ({
    id: `q${from + index}`,
    rating: 3,
    text: `answer ${from + index}`,
  }));
const entriesOf = (doc: Y.Doc) => doc.getMap<StoredFeedbackEntry>(SESSION_FEEDBACK.entriesMap);

describe('releaseFeedback', () => {
  it('releases nothing below the batch size, then everything queued in one numbered batch', () => {
    const doc = new Y.Doc();
    expect(releaseFeedback(doc, 'f1', queued(2), 3)).toBeNull();
    expect(entriesOf(doc).size).toBe(0);
    expect(releaseFeedback(doc, 'f1', queued(4), 3)).toEqual({ batch: 1, ids: ['q0', 'q1', 'q2', 'q3'] });
    expect([...entriesOf(doc).values()].every((entry) => entry.batch === 1 && entry.formId === 'f1')).toBe(
      true,
    );
    expect(releaseFeedback(doc, 'f1', queued(3, 4), 3)?.batch).toBe(2);
    // Another form's batches count from 1.
    expect(releaseFeedback(doc, 'f2', queued(3, 7), 3)?.batch).toBe(1);
  });

  it('writes a batch again after a crash as a no-op, and only asks the queue to forget it', () => {
    const doc = new Y.Doc();
    releaseFeedback(doc, 'f1', queued(3), 3);
    const before = Y.encodeStateVector(doc);
    expect(releaseFeedback(doc, 'f1', queued(3), 3)).toEqual({ batch: 0, ids: ['q0', 'q1', 'q2'] });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    // Two already written and one new: still below the batch size for the new one, nothing written.
    expect(releaseFeedback(doc, 'f1', [...queued(2), ...queued(1, 9)], 3)).toEqual({
      batch: 0,
      ids: ['q0', 'q1'],
    });
    expect(entriesOf(doc).has('q9')).toBe(false);
  });

  it('shuffles: over many runs the first of three comes first about a third of the time', () => {
    let first = 0;
    const runs = 600;
    for (let run = 0; run < runs; run++) if (shuffle(['a', 'b', 'c'])[0] === 'a') first++;
    // Binomial(600, 1/3): mean 200, standard deviation 11.5; this fails by chance about once in 10^8 runs.
    expect(first).toBeGreaterThan(130);
    expect(first).toBeLessThan(270);
  });
});
