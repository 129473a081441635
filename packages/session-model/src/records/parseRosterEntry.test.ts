import { describe, expect, it } from 'vitest';
import { LIMITS } from '../schema/limits.ts';
import { hostileValues } from '../test/hostileValues.ts';
import { parseRosterEntry } from './parseRosterEntry.ts';

describe('parseRosterEntry', () => {
  it('reads an honest entry as written', () => {
    expect(parseRosterEntry({ name: 'Ada', joinedAt: 5, profile: { age: 30, team: 'ops' } })).toEqual({
      name: 'Ada',
      joinedAt: 5,
      profile: { age: 30, team: 'ops' },
    });
  });

  it('turns every hostile shape into a bounded, typed entry or none, without touching prototypes', () => {
    for (const value of hostileValues()) {
      const entry = parseRosterEntry(value);
      if (!entry) continue;
      expect(typeof entry.name).toBe('string');
      expect([...entry.name].length).toBeLessThanOrEqual(LIMITS.nameLength);
      expect(Number.isFinite(entry.joinedAt) && entry.joinedAt >= 0).toBe(true);
      expect(Object.getPrototypeOf(entry.profile)).toBe(Object.prototype);
      for (const [key, field] of Object.entries(entry.profile)) {
        expect(['__proto__', 'constructor', 'prototype']).not.toContain(key);
        expect(typeof field === 'number' ? Number.isFinite(field) : field.length <= LIMITS.answerLength).toBe(
          true,
        );
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseRosterEntry([{ name: 'in an array' }])).toBeNull();
    expect(parseRosterEntry('Ada')).toBeNull();
  });
});
