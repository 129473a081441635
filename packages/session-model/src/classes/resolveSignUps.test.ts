import { createRandom } from '@peerloom/test-kit';
import { describe, expect, it } from 'vitest';
import { asParticipantId, type ParticipantId } from '../schema/ids.ts';
import { resolveSignUps, type SignUpClass, type SignUpEntry } from './resolveSignUps.ts';

const p = asParticipantId;
const classes: SignUpClass[] = [
  { id: 'c-a', round: 1, groupId: 'ga', capacity: 2 },
  { id: 'c-b', round: 1, groupId: 'gb', capacity: 3 },
  { id: 'c-c', round: 2, groupId: 'gc', capacity: 2 },
];
const groups: Record<string, string> = {
  ana: 'gc',
  ben: 'gc',
  cleo: 'gc',
  dan: 'gc',
  eva: 'gc',
  fay: 'gc',
  gil: 'ga',
};
const groupOf = (id: ParticipantId) => groups[id] ?? null;

/** A seeded shuffle, so a failing order can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.integer(index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

describe('resolveSignUps', () => {
  it('six people signing up for two seats at the same moment: the same two sit on every device, four are told', () => {
    const entries: SignUpEntry[] = ['ana', 'ben', 'cleo', 'dan', 'eva', 'fay'].map((name) => ({
      participantId: p(name),
      classId: 'c-a',
      at: 1000,
    }));
    const first = resolveSignUps(classes, entries, groupOf);
    expect(first.attendees.get('c-a')).toEqual([p('ana'), p('ben')]);
    expect(first.refused.map((entry) => [entry.participantId, entry.reason])).toEqual(
      ['cleo', 'dan', 'eva', 'fay'].map((name) => [name, 'full']),
    );
    for (let seed = 1; seed <= 50; seed++) {
      expect(resolveSignUps(classes, shuffled(entries, seed), groupOf)).toEqual(first);
    }
  });

  it('gives seats in the order the choices were made, not the order they arrived (an offline phone comes late)', () => {
    const entries: SignUpEntry[] = [
      { participantId: p('fay'), classId: 'c-a', at: 1003 },
      { participantId: p('eva'), classId: 'c-a', at: 1001 },
      { participantId: p('dan'), classId: 'c-a', at: 1002 },
    ];
    const outcome = resolveSignUps(classes, entries, groupOf);
    expect(outcome.attendees.get('c-a')).toEqual([p('eva'), p('dan')]);
    expect(outcome.refused).toEqual([{ participantId: p('fay'), classId: 'c-a', round: 1, reason: 'full' }]);
  });

  it("keeps only a participant's latest choice in a round, so nobody is in two places", () => {
    const outcome = resolveSignUps(
      classes,
      [
        { participantId: p('ana'), classId: 'c-a', at: 1 },
        { participantId: p('ana'), classId: 'c-b', at: 2 },
      ],
      groupOf,
    );
    expect(outcome.attendees.get('c-a')).toEqual([]);
    expect(outcome.attendees.get('c-b')).toEqual([p('ana')]);
    expect(outcome.refused).toEqual([]);
  });

  it('refuses a class in a round where their own group teaches, and a class that does not exist', () => {
    const outcome = resolveSignUps(
      classes,
      [
        { participantId: p('ana'), classId: 'c-c', at: 1 },
        { participantId: p('gil'), classId: 'c-b', at: 2 },
        { participantId: p('ben'), classId: 'gone', at: 3 },
      ],
      groupOf,
    );
    expect(outcome.refused).toEqual([
      { participantId: p('ben'), classId: 'gone', round: null, reason: 'no-such-class' },
      { participantId: p('ana'), classId: 'c-c', round: 2, reason: 'teaching' },
      { participantId: p('gil'), classId: 'c-b', round: 1, reason: 'teaching' },
    ]);
    expect(outcome.attendees.get('c-b')).toEqual([]);
  });

  it('seats people the facilitator placed even beyond capacity, bumping nobody, and refuses later sign-ups', () => {
    const outcome = resolveSignUps(
      classes,
      [
        { participantId: p('ana'), classId: 'c-a', at: 1 },
        { participantId: p('ben'), classId: 'c-a', at: 2 },
        { participantId: p('cleo'), classId: 'c-a', at: 9, pinned: true },
        { participantId: p('dan'), classId: 'c-a', at: 8, pinned: true },
        { participantId: p('eva'), classId: 'c-a', at: 10 },
      ],
      groupOf,
    );
    expect(outcome.attendees.get('c-a')).toEqual([p('ana'), p('ben'), p('dan'), p('cleo')]);
    expect(outcome.refused).toEqual([{ participantId: p('eva'), classId: 'c-a', round: 1, reason: 'full' }]);
  });
});
