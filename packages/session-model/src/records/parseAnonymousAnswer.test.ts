import { FEEDBACK_LIMITS } from '@peerloom/protocol';
import { describe, expect, it } from 'vitest';
import { parseAnonymousAnswer } from './parseAnonymousAnswer.ts';

describe('parseAnonymousAnswer', () => {
  it('reads what the relay writes', () => {
    expect(parseAnonymousAnswer('e1', { formId: 'f1', batch: 2, rating: 4, text: ' Good pace ' })).toEqual({
      id: 'e1',
      formId: 'f1',
      batch: 2,
      rating: 4,
      text: 'Good pace',
    });
    expect(
      parseAnonymousAnswer('e2', { formId: 'f1', batch: 1, rating: null, text: 'Only words' })?.rating,
    ).toBeNull();
  });

  it('keeps no out-of-range rating, cuts long texts and drops what is not an answer', () => {
    expect(parseAnonymousAnswer('e', { formId: 'f', batch: 1, rating: 9, text: 'x' })?.rating).toBeNull();
    expect(parseAnonymousAnswer('e', { formId: 'f', batch: 1, rating: 3.5, text: 'x' })?.rating).toBeNull();
    const long = parseAnonymousAnswer('e', { formId: 'f', batch: 1, rating: 1, text: 'y'.repeat(5000) });
    expect(long?.text).toHaveLength(FEEDBACK_LIMITS.textLength);
    expect(parseAnonymousAnswer('e', { formId: 'f', batch: 1, rating: 9, text: '' })).toBeNull();
    expect(parseAnonymousAnswer('e', { formId: 'f', batch: 0, rating: 2, text: '' })).toBeNull();
    expect(parseAnonymousAnswer('e', { batch: 1, rating: 2 })).toBeNull();
    expect(parseAnonymousAnswer('', { formId: 'f', batch: 1, rating: 2 })).toBeNull();
    expect(parseAnonymousAnswer('e', [1, 2])).toBeNull();
    expect(parseAnonymousAnswer('e', 'rating 5')).toBeNull();
  });
});
