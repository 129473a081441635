import { describe, expect, it } from 'vitest';
import { memberColor } from './memberColor.ts';

describe('memberColor', () => {
  it('gives a member the same six-digit colour on every device, whatever the order of the members', () => {
    expect(memberColor('p-ada', ['p-ada', 'p-bao'])).toBe(memberColor('p-ada', ['p-bao', 'p-ada']));
    expect(memberColor('p-ada', ['p-ada'])).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives every member of a group of up to eight a colour of their own', () => {
    for (let seed = 0; seed < 50; seed++) {
      const members = Array.from({ length: 6 }, (_, index) => `participant-${seed}-${index * 7}`);
      expect(new Set(members.map((member) => memberColor(member, members))).size).toBe(6);
    }
  });
});
