import { describe, expect, it } from 'vitest';
import { asParticipantId } from '../schema/ids.ts';
import { assignReviewers, splitReviews } from './assignReviewers.ts';

const productionsOf = (groups: number) =>
  Array.from({ length: groups }, (_, index) => ({
    productionId: `prod-${String(index).padStart(3, '0')}`,
    groupId: `g${index}`,
  }));

describe('assignReviewers', () => {
  it('is balanced for 3 to 80 groups: none evaluates its own, each evaluates k and each production gets k', () => {
    for (let groups = 3; groups <= 80; groups++) {
      const productions = productionsOf(groups);
      const ownBy = new Map(productions.map((entry) => [entry.groupId, entry.productionId]));
      for (let perGroup = 1; perGroup <= Math.min(4, groups - 1); perGroup++) {
        const assignment = assignReviewers(productions, perGroup);
        const received = new Map<string, number>();
        for (const [group, reviewed] of assignment) {
          expect(new Set(reviewed).size).toBe(perGroup);
          expect(reviewed).not.toContain(ownBy.get(group));
          for (const id of reviewed) received.set(id, (received.get(id) ?? 0) + 1);
        }
        expect(assignment.size).toBe(groups);
        expect([...received.values()].every((count) => count === perGroup)).toBe(true);
        expect(received.size).toBe(groups);
      }
    }
  });

  it('caps the evaluations at the other productions, and is the same whatever order the productions come in', () => {
    const productions = productionsOf(3);
    expect([...assignReviewers(productions, 5).values()].map((reviewed) => reviewed.length)).toEqual([
      2, 2, 2,
    ]);
    expect(assignReviewers([...productions].reverse())).toEqual(assignReviewers(productions));
  });
});

describe('splitReviews', () => {
  const members = ['dan', 'ana', 'cleo', 'ben'].map(asParticipantId);

  it('gives each production to at least one member and each member as few as possible', () => {
    const split = splitReviews(members, ['p1', 'p2']);
    expect([...split.entries()]).toEqual([
      ['ana', ['p1']],
      ['ben', ['p2']],
      ['cleo', ['p1']],
      ['dan', ['p2']],
    ]);
    const busy = splitReviews(members.slice(0, 2), ['p1', 'p2', 'p3']);
    expect([...busy.values()].flat().sort()).toEqual(['p1', 'p2', 'p3']);
    expect([...busy.values()].map((reviewed) => reviewed.length).sort()).toEqual([1, 2]);
  });
});
