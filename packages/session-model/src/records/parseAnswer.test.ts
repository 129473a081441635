import { describe, expect, it } from 'vitest';
import { LIMITS } from '../schema/limits.ts';
import { hostileValues } from '../test/hostileValues.ts';
import { parseAnswer } from './parseAnswer.ts';

describe('parseAnswer', () => {
  it('reads an honest answer as written', () => {
    const honest = { text: 'Negotiation', tags: ['deal'], createdAt: 1, updatedAt: 2, questionVersion: 2 };
    expect(parseAnswer(honest)).toEqual(honest);
    expect(parseAnswer({ text: 'Old', tags: [], createdAt: 1, updatedAt: 1 })?.questionVersion).toBe(1);
  });

  it('turns every hostile shape into a bounded, typed answer or none', () => {
    for (const value of hostileValues()) {
      const answer = parseAnswer(value);
      if (!answer) continue;
      expect([...answer.text].length).toBeLessThanOrEqual(LIMITS.answerLength);
      expect(answer.tags.length).toBeLessThanOrEqual(LIMITS.tagsPerAnswer);
      for (const tag of answer.tags) expect([...tag].length).toBeLessThanOrEqual(LIMITS.tagLength);
      for (const time of [answer.createdAt, answer.updatedAt])
        expect(Number.isFinite(time) && time >= 0).toBe(true);
      expect(Number.isInteger(answer.questionVersion) && answer.questionVersion >= 1).toBe(true);
    }
    expect(parseAnswer(['text'])).toBeNull();
    expect(parseAnswer(Number.NaN)).toBeNull();
  });
});
