import { nanoid } from 'nanoid';
import { proposeSchedule } from '../classes/proposeSchedule.ts';
import { readClasses } from '../classes/readClasses.ts';
import { CommandError } from '../schema/CommandError.ts';
import {
  CLASS_PREFIX,
  CURRENT_ROUND_KEY,
  classesLayout,
  PLACEMENT_PREFIX,
  PUBLISHED_AT_KEY,
  placementKey,
  ROUND_PREFIX,
  type StoredClass,
  type StoredRound,
} from '../schema/classesLayout.ts';
import { CLASS_LIMITS } from '../schema/classLimits.ts';
import { creationLayout } from '../schema/creationLayout.ts';
import { asParticipantId } from '../schema/ids.ts';
import { roomLayout } from '../schema/layout.ts';
import { LIMITS } from '../schema/limits.ts';
import { readProductions } from '../schema/readCreation.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';
import { readRemovedIds } from './readRemovedIds.ts';

export interface ScheduleProposal {
  /** Rounds wanted (at least 2, at most one per group); default 3. */
  rounds?: number;
  /** Server time when the first round starts. */
  startsAt: number;
  roundMinutes: number;
  /** Production id → the class's title (from the production); the group's name when absent. */
  titles?: Readonly<Record<string, string>>;
}

export interface ClassDetails {
  title?: string;
  place?: string;
  capacity?: number;
}

const MAX_ROUND_MS = LIMITS.timerMaxMinutes * 60_000;

/** The facilitator's commands of step 5: propose and edit the schedule, move people, publish, run rounds. */
export function createClassScheduleCommands(context: CommandContext) {
  const schedule = () => classesLayout.schedule(context.control);
  const activeProductions = () =>
    readProductions(context.control).filter((production) => !production.retired);
  const storedClass = (classId: string) => {
    const stored = schedule().get(`${CLASS_PREFIX}${classId}`) as StoredClass | undefined;
    if (!stored || typeof stored !== 'object') throw new CommandError('not_found');
    return stored;
  };
  const storedRound = (roundId: string) => {
    const stored = schedule().get(`${ROUND_PREFIX}${roundId}`) as StoredRound | undefined;
    if (!stored || typeof stored !== 'object') throw new CommandError('not_found');
    return stored;
  };

  return {
    /**
     * Replaces the schedule with `proposeSchedule`'s: every active production's group teaches once, the rounds
     * follow each other from `startsAt`, each class seats its share of the round's attendees with spares.
     * Earlier moves are dropped with the rounds they named. Refused with `no_groups` under two productions.
     */
    proposeClassSchedule(proposal: ScheduleProposal): void {
      requireFacilitator(context);
      const roundMs = proposal.roundMinutes * 60_000;
      if (!Number.isFinite(roundMs) || roundMs <= 0 || roundMs > MAX_ROUND_MS)
        throw new CommandError('round_times_invalid');
      const productions = activeProductions();
      if (productions.length < 2) throw new CommandError('no_groups');
      const removed = readRemovedIds(context.control);
      const everyone = [...roomLayout.roster(context.room).keys()]
        .filter((id) => !removed.has(id))
        .map(asParticipantId);
      const proposed = proposeSchedule(
        productions.map((production) => ({
          id: production.id,
          members: production.members.filter((member) => !removed.has(member)),
        })),
        { rounds: proposal.rounds, everyone },
      );
      runCommand(context, context.control, 'proposeClassSchedule', () => {
        const map = schedule();
        for (const key of [...map.keys()]) {
          const stale = [ROUND_PREFIX, CLASS_PREFIX, PLACEMENT_PREFIX].some((prefix) =>
            key.startsWith(prefix),
          );
          if (stale || key === CURRENT_ROUND_KEY) map.delete(key);
        }
        proposed.forEach((round, index) => {
          const roundId = nanoid(10);
          const startsAt = Math.round(proposal.startsAt + index * roundMs);
          map.set(`${ROUND_PREFIX}${roundId}`, { order: index, startsAt, endsAt: startsAt + roundMs });
          for (const proposedClass of round.classes) {
            const production = productions.find((candidate) => candidate.id === proposedClass.groupId);
            const title = proposal.titles?.[proposedClass.groupId] ?? production?.name ?? '';
            map.set(`${CLASS_PREFIX}${nanoid(10)}`, {
              roundId,
              productionId: proposedClass.groupId,
              title: [...title.trim()].slice(0, CLASS_LIMITS.titleLength).join(''),
              place: production?.place ?? '',
              capacity: Math.min(CLASS_LIMITS.capacityMax, proposedClass.capacity),
            } satisfies StoredClass);
          }
        });
      });
    },

    /** Changes a class's title, place or seats; fewer seats than attendees unseats the latest to sign up. */
    setClassDetails(classId: string, details: ClassDetails): void {
      requireFacilitator(context);
      const title =
        details.title === undefined
          ? undefined
          : cleanText(details.title, CLASS_LIMITS.titleLength, 'title_empty', 'title_too_long', true);
      const place =
        details.place === undefined
          ? undefined
          : cleanText(details.place, LIMITS.nameLength, 'name_empty', 'name_too_long', true);
      const capacity = details.capacity;
      if (
        capacity !== undefined &&
        (!Number.isInteger(capacity) || capacity < 0 || capacity > CLASS_LIMITS.capacityMax)
      )
        throw new CommandError('capacity_invalid');
      runCommand(context, context.control, 'setClassDetails', () => {
        const stored = storedClass(classId);
        schedule().set(`${CLASS_PREFIX}${classId}`, {
          ...stored,
          ...(title === undefined ? {} : { title }),
          ...(place === undefined ? {} : { place }),
          ...(capacity === undefined ? {} : { capacity }),
        });
      });
    },

    /** Sets a round's planned start and end (server time). */
    setRoundTimes(roundId: string, startsAt: number, endsAt: number): void {
      requireFacilitator(context);
      if (!Number.isFinite(startsAt) || !Number.isFinite(endsAt) || startsAt < 0 || endsAt <= startsAt)
        throw new CommandError('round_times_invalid');
      runCommand(context, context.control, 'setRoundTimes', () => {
        schedule().set(`${ROUND_PREFIX}${roundId}`, { ...storedRound(roundId), startsAt, endsAt });
      });
    },

    /**
     * Puts a person in a class for its round (or in none, with null), over their own choice until they choose
     * again; a move into a full class adds a seat rather than unseating anyone.
     */
    moveParticipant(participantId: string, roundId: string, classId: string | null): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'moveParticipant', () => {
        storedRound(roundId);
        if (classId !== null) {
          const target = storedClass(classId);
          if (target.roundId !== roundId) throw new CommandError('not_found');
          const state = readClasses(
            context.control,
            context.room,
            activeProductions(),
            readRemovedIds(context.control),
          );
          const teaches = state.rounds
            .find((round) => round.id === roundId)
            ?.classes.some((entry) => entry.teachers.includes(asParticipantId(participantId)));
          if (teaches) throw new CommandError('class_teaching');
        }
        schedule().set(placementKey(participantId, roundId), { classId, at: context.now() });
      });
    },

    /** Shows the schedule to every participant and opens sign-ups. */
    publishSchedule(): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'publishSchedule', () => {
        if (![...schedule().keys()].some((key) => key.startsWith(CLASS_PREFIX)))
          throw new CommandError('not_found');
        schedule().set(PUBLISHED_AT_KEY, context.now());
      });
    },

    /** Starts a round: it becomes the current one and the room's timer counts down its planned length. */
    startRound(roundId: string): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'startRound', () => {
        const round = storedRound(roundId);
        const now = context.now();
        const duration = Math.min(MAX_ROUND_MS, Math.max(60_000, round.endsAt - round.startsAt));
        schedule().set(CURRENT_ROUND_KEY, roundId);
        creationLayout.timers(context.control).set('room', {
          durationMs: duration,
          endsAt: now + duration,
          remainingMs: null,
          startedAt: now,
        });
      });
    },
  };
}
