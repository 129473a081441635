import { describe, expect, it } from 'vitest';
import { keepGroupIdentities } from './keepGroupIdentities.ts';

const group = (members: string[]) => ({ label: [], members, sharedTerms: {} });

describe('keepGroupIdentities', () => {
  it('gives each new group the number, name and place of the old group it shares most people with', () => {
    const previous = [
      { ...group(['a', 'b', 'c']), id: 'g1', number: 1, name: 'Bikes', place: 'Table 1' },
      { ...group(['d', 'e', 'f']), id: 'g2', number: 2, name: '', place: 'Table 2' },
    ];
    const next = keepGroupIdentities('thematic', previous, [group(['d', 'e', 'a']), group(['b', 'c', 'f'])]);
    expect(
      next.map(({ id, number, name, place, members }) => ({ id, number, name, place, members })),
    ).toEqual([
      { id: 'g1', number: 1, name: 'Bikes', place: 'Table 1', members: ['b', 'c', 'f'] },
      { id: 'g2', number: 2, name: '', place: 'Table 2', members: ['d', 'e', 'a'] },
    ]);
  });

  it('numbers groups with no counterpart from the smallest free number, and reads old groups without numbers', () => {
    const previous = [
      { ...group(['a', 'b']), id: 'old1' },
      { ...group(['c', 'd']), id: 'old2' },
    ];
    const next = keepGroupIdentities('diverse', previous, [
      group(['x', 'y']),
      group(['c', 'd']),
      group(['z']),
    ]);
    expect(next.map((entry) => [entry.number, entry.members.join('')])).toEqual([
      [1, 'xy'],
      [2, 'cd'],
      [3, 'z'],
    ]);
    expect(next[1]?.id).toBe('old2');
    expect(next[0]?.id).toMatch(/^diverse-/);
    expect(new Set(next.map((entry) => entry.id)).size).toBe(3);
  });
});
