import type * as Y from 'yjs';
import { parseChoice } from '../records/parseChoice.ts';
import {
  CLASS_PREFIX,
  CURRENT_ROUND_KEY,
  classesLayout,
  PLACEMENT_PREFIX,
  PUBLISHED_AT_KEY,
  parseChoiceKey,
  ROUND_PREFIX,
} from '../schema/classesLayout.ts';
import type { Production } from '../schema/creationTypes.ts';
import { asParticipantId, type ParticipantId } from '../schema/ids.ts';
import type { ClassChoice, ClassesState, ClassRound, LostSeat, MiniClass } from './classTypes.ts';
import { readScheduledClass, readScheduledRound } from './readScheduleEntry.ts';
import { resolveSignUps, type SignUpEntry } from './resolveSignUps.ts';

const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Each person's latest choice per round: their own sign-up or the facilitator's move, the later one winning. */
function readChoices(control: Y.Doc, room: Y.Doc, rounds: ReadonlySet<string>, removed: ReadonlySet<string>) {
  const latest = new Map<string, ClassChoice>();
  const consider = (key: string, value: unknown, placed: boolean) => {
    const parsed = parseChoiceKey(key);
    const choice = parseChoice(value);
    if (!parsed || !choice || !rounds.has(parsed.roundId) || removed.has(parsed.participantId)) return;
    const slot = `${parsed.participantId}/${parsed.roundId}`;
    const before = latest.get(slot);
    // At the same moment the facilitator's move wins: `placed` ones are read second.
    if (before && before.at > choice.at) return;
    latest.set(slot, {
      participantId: asParticipantId(parsed.participantId),
      roundId: parsed.roundId,
      classId: choice.classId,
      at: choice.at,
      placed,
    });
  };
  for (const [key, value] of classesLayout.signUps(room).entries()) consider(key, value, false);
  for (const [key, value] of classesLayout.schedule(control).entries()) {
    if (key.startsWith(PLACEMENT_PREFIX)) consider(key.slice(PLACEMENT_PREFIX.length), value, true);
  }
  return [...latest.values()].sort(
    (a, b) => a.participantId.localeCompare(b.participantId) || a.roundId.localeCompare(b.roundId),
  );
}

/**
 * The schedule of mini classes and its sign-ups, resolved with `resolveSignUps` from the choices alone, so
 * every device that holds the same documents seats the same people whatever order updates arrived in. People
 * the facilitator removed are left out; a class's teachers are its production's members.
 */
export function readClasses(
  control: Y.Doc,
  room: Y.Doc,
  productions: readonly Production[],
  removed: ReadonlySet<string>,
): ClassesState {
  const schedule = classesLayout.schedule(control);
  const storedRounds = [] as { id: string; order: number; startsAt: number; endsAt: number }[];
  const storedClasses = [] as (Omit<MiniClass, 'teachers' | 'attendees' | 'seatsLeft'> & {
    number: number;
  })[];
  const productionById = new Map(productions.map((production) => [production.id, production]));
  for (const [key, value] of schedule.entries()) {
    if (key.startsWith(ROUND_PREFIX)) {
      const round = readScheduledRound(value);
      if (round) storedRounds.push({ id: key.slice(ROUND_PREFIX.length), ...round });
    } else if (key.startsWith(CLASS_PREFIX)) {
      const entry = readScheduledClass(value);
      const number = productionById.get(entry?.productionId ?? '')?.number ?? 0;
      if (entry) storedClasses.push({ id: key.slice(CLASS_PREFIX.length), ...entry, number });
    }
  }
  storedRounds.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const roundIds = new Set(storedRounds.map((round) => round.id));
  const roundNumber = new Map(storedRounds.map((round, index) => [round.id, index + 1]));
  const classes = storedClasses
    .filter((entry) => roundIds.has(entry.roundId))
    .sort((a, b) => a.number - b.number || a.id.localeCompare(b.id));

  const teachersOf = (productionId: string): ParticipantId[] =>
    (productionById.get(productionId)?.members ?? []).filter((member) => !removed.has(member));
  // The production a person teaches with: the first scheduled one that lists them (a person is in one group).
  const groupOf = new Map<string, string>();
  for (const entry of classes) {
    for (const teacher of teachersOf(entry.productionId)) {
      if (!groupOf.has(teacher)) groupOf.set(teacher, entry.productionId);
    }
  }

  // A choice names a class of its own round; one written under another round (by hand, not by a command) is ignored.
  const roundOfClass = new Map(classes.map((entry) => [entry.id, entry.roundId]));
  const choices = readChoices(control, room, roundIds, removed).filter(
    (choice) =>
      choice.classId === null || (roundOfClass.get(choice.classId) ?? choice.roundId) === choice.roundId,
  );
  const outcome = resolveSignUps(
    classes.map((entry) => ({
      id: entry.id,
      round: roundNumber.get(entry.roundId) ?? 0,
      groupId: entry.productionId,
      capacity: entry.capacity,
    })),
    choices.flatMap((choice): SignUpEntry[] =>
      choice.classId === null
        ? []
        : [
            {
              participantId: choice.participantId,
              classId: choice.classId,
              at: choice.at,
              pinned: choice.placed,
            },
          ],
    ),
    (participantId) => groupOf.get(participantId) ?? null,
  );
  const chosenRound = new Map(
    choices.map((choice) => [`${choice.participantId}/${choice.classId}`, choice.roundId]),
  );
  const lostSeats: LostSeat[] = outcome.refused.map((refusal) => ({
    participantId: refusal.participantId,
    roundId: chosenRound.get(`${refusal.participantId}/${refusal.classId}`) ?? '',
    classId: refusal.classId,
    reason: refusal.reason,
  }));

  const rounds: ClassRound[] = storedRounds.map((round, index) =>
    Object.freeze({
      id: round.id,
      number: index + 1,
      startsAt: round.startsAt,
      endsAt: round.endsAt,
      classes: Object.freeze(
        classes
          .filter((entry) => entry.roundId === round.id)
          .map(({ number: _number, ...entry }) => {
            const attendees = outcome.attendees.get(entry.id) ?? [];
            return Object.freeze({
              ...entry,
              teachers: Object.freeze(teachersOf(entry.productionId)),
              attendees: Object.freeze([...attendees]),
              seatsLeft: Math.max(0, entry.capacity - attendees.length),
            });
          }),
      ),
    }),
  );
  const current = schedule.get(CURRENT_ROUND_KEY);
  return Object.freeze({
    publishedAt: finite(schedule.get(PUBLISHED_AT_KEY)),
    currentRoundId: typeof current === 'string' && roundIds.has(current) ? current : null,
    rounds: Object.freeze(rounds),
    choices: Object.freeze(choices.map((choice) => Object.freeze(choice))),
    lostSeats: Object.freeze(
      lostSeats
        .sort((a, b) => a.participantId.localeCompare(b.participantId) || a.roundId.localeCompare(b.roundId))
        .map((loss) => Object.freeze(loss)),
    ),
  });
}
