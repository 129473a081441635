import { describe, expect, it } from 'vitest';
import { memberColor } from './memberColor.ts';

describe('memberColor', () => {
  it('gives a participant the same six-digit colour every time', () => {
    expect(memberColor('p-ada')).toBe(memberColor('p-ada'));
    expect(memberColor('p-ada')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('spreads a room of people over several colours', () => {
    const colours = new Set(Array.from({ length: 40 }, (_, index) => memberColor(`participant-${index}`)));
    expect(colours.size).toBeGreaterThanOrEqual(6);
  });
});
