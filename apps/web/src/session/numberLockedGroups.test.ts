import { diverseGroups, type ProfileParticipant, thematicGroups } from '@peerloom/matching';
import { describe, expect, it } from 'vitest';
import { numberLockedGroups } from './numberLockedGroups.ts';

const group = (...members: string[]) => ({ members });

describe('numberLockedGroups', () => {
  it('numbers the groups holding a locked person 0, 1, 2… in their order, people locked together alike', () => {
    const groups = [group('a', 'b'), group('c'), group('d', 'e', 'f'), group('g'), group('h', 'i')];
    expect(numberLockedGroups(groups, new Set(['i', 'd', 'f', 'b']))).toEqual({ b: 0, d: 1, f: 1, i: 2 });
    expect(numberLockedGroups(groups, new Set())).toEqual({});
    expect(numberLockedGroups([], new Set(['a']))).toEqual({});
  });

  it('lets a regroup with larger sizes keep every group within them after a lock in group 5', () => {
    const participants: ProfileParticipant[] = Array.from({ length: 24 }, (_, index) => ({
      participantId: `p${index}`,
      profile: { role: ['dev', 'design', 'ops'][index % 3] ?? 'dev' },
    }));
    // 24 people in five groups of sizes 3 to 6, p0 locked in the fifth.
    const previous = [0, 1, 2, 3, 4].map((index) =>
      group(
        ...participants.filter((_, member) => member % 5 === (index + 1) % 5).map((p) => p.participantId),
      ),
    );
    expect(previous[4]?.members).toContain('p0');
    const locked = numberLockedGroups(previous, new Set(['p0']));
    expect(locked).toEqual({ p0: 0 });
    const { groups } = diverseGroups(participants, [{ key: 'role', kind: 'choice' }], {
      seed: 3,
      sizes: { min: 8, target: 10, max: 12 },
      locked,
    });
    expect(groups.map((members) => members.members.length).sort()).toEqual([12, 12]);
    expect(groups[0]?.members).toContain('p0');
    const themes = ['bikes and cycling lanes', 'cooking healthy recipes', 'guitar and songs'];
    const thematic = thematicGroups(
      participants.map((participant, index) => ({
        participantId: participant.participantId,
        texts: [themes[index % 3] ?? ''],
      })),
      { seed: 3, sizes: { min: 8, target: 10, max: 12 }, locked },
    );
    expect(thematic.groups.map((members) => members.members.length).sort()).toEqual([12, 12]);
    expect(thematic.groups[0]?.members).toContain('p0');
  });
});
