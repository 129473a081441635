import { describe, expect, it } from 'vitest';
import { asParticipantId, type ParticipantId } from '../schema/ids.ts';
import { proposeSchedule, type TeachingGroup } from './proposeSchedule.ts';

/** `count` people in groups of three to six (sizes from a fixed pattern), ids p0, p1, … */
function groupsOf(count: number): TeachingGroup[] {
  const sizes = [5, 4, 6, 3, 5, 5];
  const groups: TeachingGroup[] = [];
  let next = 0;
  while (next < count) {
    let size = sizes[groups.length % sizes.length] ?? 5;
    if (count - next - size < 3 && count - next - size > 0) size = count - next;
    const members = Array.from({ length: Math.min(size, count - next) }, (_, index) =>
      asParticipantId(`p${next + index}`),
    );
    next += members.length;
    groups.push({ id: `g${groups.length}`, members });
  }
  return groups;
}

/** Seats every attendee of each round in some class of that round, first free seat first; returns who found none. */
function seatEveryone(
  groups: TeachingGroup[],
  rounds: ReturnType<typeof proposeSchedule>,
  everyone: ParticipantId[],
) {
  const unseated: string[] = [];
  rounds.forEach((round, index) => {
    const teaching = new Set(round.classes.map((entry) => entry.groupId));
    const teachers = new Set(
      groups.filter((group) => teaching.has(group.id)).flatMap((group) => group.members),
    );
    const free = round.classes.map((entry) => entry.capacity);
    for (const person of everyone) {
      if (teachers.has(person)) continue;
      const seat = free.findIndex((left) => left > 0);
      if (seat < 0) unseated.push(`${person} in round ${index + 1}`);
      else free[seat] = (free[seat] ?? 0) - 1;
    }
  });
  return unseated;
}

describe('proposeSchedule', () => {
  it('for 12 to 300 people, every group teaches once and everyone has a seat in each round they do not teach', () => {
    for (let count = 12; count <= 300; count++) {
      const groups = groupsOf(count);
      const everyone = groups.flatMap((group) => group.members);
      const rounds = proposeSchedule(groups);
      const taught = rounds.flatMap((round) => round.classes.map((entry) => entry.groupId)).sort();
      expect(taught).toEqual(groups.map((group) => group.id).sort());
      expect(rounds.every((round) => round.classes.length > 0 && round.attendees > 0)).toBe(true);
      expect(seatEveryone(groups, rounds, everyone)).toEqual([]);
    }
  });

  it('spreads the teachers evenly over the rounds and keeps spare seats in every class', () => {
    const groups = groupsOf(300);
    const rounds = proposeSchedule(groups);
    expect(rounds).toHaveLength(3);
    const teachers = rounds.map((round) => 300 - round.attendees);
    expect(Math.max(...teachers) - Math.min(...teachers)).toBeLessThanOrEqual(6);
    for (const round of rounds) {
      const seats = round.classes.reduce((total, entry) => total + entry.capacity, 0);
      expect(seats).toBeGreaterThan(round.attendees);
    }
  });

  it('counts latecomers with no group as attendees of every round, and gives the same schedule on every device', () => {
    const groups = groupsOf(20);
    const latecomers = [asParticipantId('late-1'), asParticipantId('late-2')];
    const everyone = [...groups.flatMap((group) => group.members), ...latecomers];
    const rounds = proposeSchedule(groups, { everyone });
    expect(seatEveryone(groups, rounds, everyone)).toEqual([]);
    expect(proposeSchedule([...groups].reverse(), { everyone })).toEqual(rounds);
  });

  it('holds as many rounds as asked, at most one per group and at least two, and refuses a single group', () => {
    const groups = groupsOf(12);
    expect(proposeSchedule(groups, { rounds: 1 })).toHaveLength(2);
    expect(proposeSchedule(groups, { rounds: 10 })).toHaveLength(groups.length);
    expect(() => proposeSchedule(groups.slice(0, 1))).toThrow(/at least two groups/);
  });
});
