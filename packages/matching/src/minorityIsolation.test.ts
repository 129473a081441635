import { describe, expect, it } from 'vitest';
import { MinorityIsolation } from './minorityIsolation.ts';
import type { ProfileParticipant } from './profileDistances.ts';

const roster = (values: string[], key: string): ProfileParticipant[] =>
  values.map((value, index) => ({ participantId: `p${index}`, profile: { [key]: value } }));

const isolated = (rule: MinorityIsolation, members: number[]) =>
  rule.isolatedIn(members).map(({ member }) => member);

describe('MinorityIsolation', () => {
  it('flags the only woman among men, even when women are nearly half', () => {
    const rule = new MinorityIsolation(roster([...'fffffmmmmmm'], 'gender'), [
      { key: 'gender', kind: 'choice' },
    ]);
    expect(isolated(rule, [0, 5, 6, 7, 8])).toEqual([0]);
    expect(isolated(rule, [0, 1, 5, 6, 7])).toEqual([]);
  });

  it('does not flag the only engineer among two designers and two managers when roles are even', () => {
    const roles = [...Array(10).fill('engineer'), ...Array(10).fill('designer'), ...Array(9).fill('manager')];
    const rule = new MinorityIsolation(roster(roles, 'role'), [{ key: 'role', kind: 'choice' }]);
    expect(isolated(rule, [0, 10, 11, 20, 21])).toEqual([]);
    // Facing a majority of another role, a lone member still counts.
    expect(isolated(rule, [0, 1, 2, 10, 20])).toEqual([10, 20]);
  });

  it('flags the only member of a rare category even where nobody is a majority', () => {
    const roles = [
      ...Array(10).fill('engineer'),
      ...Array(8).fill('designer'),
      ...Array(8).fill('manager'),
      'law',
      'law',
    ];
    const rule = new MinorityIsolation(roster(roles, 'role'), [{ key: 'role', kind: 'choice' }]);
    expect(isolated(rule, [0, 1, 10, 18, 26])).toEqual([26]);
    expect(isolated(rule, [0, 10, 18, 26, 27])).toEqual([]);
  });

  it('never flags unknown values or a category with a single person', () => {
    const participants = roster(['f', 'm', 'm', 'm', 'm', 'x'], 'gender');
    participants.push({ participantId: 'unknown', profile: { gender: null } });
    const rule = new MinorityIsolation(participants, [{ key: 'gender', kind: 'choice' }]);
    expect(isolated(rule, [0, 1, 2, 5, 6])).toEqual([]);
  });
});
