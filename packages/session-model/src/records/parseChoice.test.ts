import { describe, expect, it } from 'vitest';
import { parseChoice } from './parseChoice.ts';

describe('parseChoice', () => {
  it('reads a sign-up and a cancelled one', () => {
    expect(parseChoice({ classId: 'c1', at: 5 })).toEqual({ classId: 'c1', at: 5 });
    expect(parseChoice({ classId: null, at: 5 })).toEqual({ classId: null, at: 5 });
  });

  it('refuses what is not one: no time, a foreign class id, a Y type or an array', () => {
    expect(parseChoice({ classId: 'c1' })).toBeNull();
    expect(parseChoice({ classId: 'c1', at: -1 })).toBeNull();
    expect(parseChoice({ classId: '', at: 1 })).toBeNull();
    expect(parseChoice({ classId: 'x'.repeat(65), at: 1 })).toBeNull();
    expect(parseChoice({ classId: '__proto__', at: 1 })).toBeNull();
    expect(parseChoice({ classId: 7, at: 1 })).toBeNull();
    expect(parseChoice([])).toBeNull();
    expect(parseChoice(null)).toBeNull();
  });
});
