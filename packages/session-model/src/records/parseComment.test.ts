import { describe, expect, it } from 'vitest';
import { LIMITS } from '../schema/limits.ts';
import { hostileValues } from '../test/hostileValues.ts';
import { parseComment } from './parseComment.ts';

describe('parseComment', () => {
  it('reads an honest comment as written, and a deleted one without its text', () => {
    const honest = {
      productionId: 'p1',
      text: 'Nice',
      replyTo: null,
      createdAt: 3,
      editedAt: null,
      deleted: false,
    };
    expect(parseComment({ id: 'c', authorId: 'a', ...honest })).toEqual(honest);
    expect(parseComment({ ...honest, text: 'gone', deleted: true })?.text).toBe('');
  });

  it('turns every hostile shape into a bounded, typed comment or none', () => {
    for (const value of hostileValues()) {
      const comment = parseComment(value);
      if (!comment) continue;
      expect(comment.productionId).not.toBe('__proto__');
      expect([...comment.text].length).toBeLessThanOrEqual(LIMITS.commentLength);
      expect(comment.replyTo === null || typeof comment.replyTo === 'string').toBe(true);
      expect(Number.isFinite(comment.createdAt) && comment.createdAt >= 0).toBe(true);
      expect(comment.editedAt === null || Number.isFinite(comment.editedAt)).toBe(true);
      expect(typeof comment.deleted).toBe('boolean');
    }
    expect(parseComment({ productionId: '__proto__', text: 'x' })).toBeNull();
    expect(parseComment({ text: 'no production' })).toBeNull();
  });
});
