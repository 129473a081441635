import type { ParticipantId } from '../schema/ids.ts';

/** A mini class as sign-ups see it. */
export interface SignUpClass {
  id: string;
  round: number;
  /** The group that teaches it: its members teach in that round and attend nothing. */
  groupId: string;
  capacity: number;
}

/** One sign-up entry as written under its participant's own key. */
export interface SignUpEntry {
  participantId: ParticipantId;
  classId: string;
  /** Server time (ms) when the participant chose it, from the device's server clock. */
  at: number;
  /** Placed there by the facilitator: never refused as `full` (a move into a full class adds a seat). */
  pinned?: boolean;
}

export type SignUpRefusal = 'full' | 'teaching' | 'no-such-class';

export interface SignUpOutcome {
  /** Class id → its attendees, in the order their seats were given. */
  attendees: Map<string, ParticipantId[]>;
  /** Choices that got no seat, with why: the participant is told and offered the classes with seats left. */
  refused: { participantId: ParticipantId; classId: string; round: number | null; reason: SignUpRefusal }[];
}

const compare = (a: SignUpEntry, b: SignUpEntry) =>
  a.at - b.at ||
  (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0) ||
  (a.classId < b.classId ? -1 : a.classId > b.classId ? 1 : 0);

/**
 * Who sits in which class, computed the same way on every device from the same entries, whatever order they
 * arrived in (two phones signing up at the same moment, one of them offline): a participant's latest choice in a
 * round is their choice (a change of mind replaces the earlier one, so nobody is in two places); a choice of a
 * class in a round where their own group teaches is refused; then seats go in the order the choices were made
 * (server time, then participant id), and whoever comes after a class is full is refused with `full`. People the
 * facilitator placed (`pinned`) take a seat in the same order but are never refused as `full`.
 */
export function resolveSignUps(
  classes: readonly SignUpClass[],
  entries: readonly SignUpEntry[],
  groupOf: (participantId: ParticipantId) => string | null,
): SignUpOutcome {
  const byId = new Map(classes.map((entry) => [entry.id, entry]));
  const teachingRounds = new Map<string, Set<number>>();
  for (const entry of classes) {
    const rounds = teachingRounds.get(entry.groupId) ?? new Set<number>();
    rounds.add(entry.round);
    teachingRounds.set(entry.groupId, rounds);
  }
  const refused: SignUpOutcome['refused'] = [];
  const latest = new Map<string, SignUpEntry>();
  for (const entry of [...entries].sort(compare)) {
    const chosen = byId.get(entry.classId);
    if (!chosen) {
      refused.push({
        participantId: entry.participantId,
        classId: entry.classId,
        round: null,
        reason: 'no-such-class',
      });
      continue;
    }
    latest.set(`${entry.participantId}\u0000${chosen.round}`, entry);
  }
  const attendees = new Map<string, ParticipantId[]>(classes.map((entry) => [entry.id, []]));
  for (const entry of [...latest.values()].sort(compare)) {
    const chosen = byId.get(entry.classId);
    if (!chosen) continue;
    const group = groupOf(entry.participantId);
    const seated = attendees.get(chosen.id) ?? [];
    let reason: SignUpRefusal | null = null;
    if (group !== null && teachingRounds.get(group)?.has(chosen.round)) reason = 'teaching';
    else if (seated.length >= chosen.capacity && !entry.pinned) reason = 'full';
    if (reason)
      refused.push({ participantId: entry.participantId, classId: chosen.id, round: chosen.round, reason });
    else seated.push(entry.participantId);
  }
  return { attendees, refused };
}
