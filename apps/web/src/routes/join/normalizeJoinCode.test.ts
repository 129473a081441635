import { describe, expect, it } from 'vitest';
import { normalizeJoinCode } from './normalizeJoinCode.ts';

describe('normalizeJoinCode', () => {
  it('reads a code typed in lower case, with spaces or dashes, as the relay does', () => {
    expect(normalizeJoinCode('ABCDEF')).toBe('ABCDEF');
    expect(normalizeJoinCode('abc def')).toBe('ABCDEF');
    expect(normalizeJoinCode(' a b c d e f ')).toBe('ABCDEF');
    expect(normalizeJoinCode('abc-7z9')).toBe('ABC7Z9');
  });

  it('refuses what cannot be a code: letters that are easy to misread, wrong lengths', () => {
    expect(normalizeJoinCode('O0I1L2')).toBeNull();
    expect(normalizeJoinCode('ABCDE')).toBeNull();
    expect(normalizeJoinCode('ABCDEFG')).toBeNull();
    expect(normalizeJoinCode('')).toBeNull();
  });
});
