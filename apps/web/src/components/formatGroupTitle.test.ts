import { describe, expect, it } from 'vitest';
import { formatGroupTitle } from './formatGroupTitle.ts';

describe('formatGroupTitle', () => {
  it('puts the stable number first, then the name and place the facilitator gave', () => {
    const numbered = (number: number) => `Group ${number}`;
    expect(formatGroupTitle({ number: 3, name: 'Pioneers', place: 'Table 4' }, numbered)).toBe(
      'Group 3 · Pioneers · Table 4',
    );
    expect(formatGroupTitle({ number: 1, name: '', place: '' }, numbered)).toBe('Group 1');
  });
});
