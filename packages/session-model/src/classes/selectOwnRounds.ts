import type { ParticipantId } from '../schema/ids.ts';
import type { ClassChoice, ClassesState, ClassRound, LostSeat, MiniClass } from './classTypes.ts';

/** One round as one participant sees it. */
export interface OwnRound {
  readonly round: ClassRound;
  /** The class their own group teaches in this round ("you teach"), or null. */
  readonly teaching: MiniClass | null;
  /** The class where they have a seat, or null. */
  readonly seat: MiniClass | null;
  /** Their choice for this round that got no seat, with why; null when none was lost. */
  readonly lost: LostSeat | null;
  /** Their current choice (own sign-up or the facilitator's move), or null. */
  readonly choice: ClassChoice | null;
  /** Classes they may still join: not their group's, with a seat left, not the one they sit in. */
  readonly open: readonly MiniClass[];
}

/** Every round of the schedule from one participant's side: where they teach, sit, lost a seat, may go. */
export function selectOwnRounds(classes: ClassesState, participantId: ParticipantId): OwnRound[] {
  return classes.rounds.map((round) => {
    const teaching = round.classes.find((entry) => entry.teachers.includes(participantId)) ?? null;
    const seat = round.classes.find((entry) => entry.attendees.includes(participantId)) ?? null;
    const lost =
      classes.lostSeats.find((loss) => loss.participantId === participantId && loss.roundId === round.id) ??
      null;
    const choice =
      classes.choices.find((entry) => entry.participantId === participantId && entry.roundId === round.id) ??
      null;
    const open = teaching
      ? []
      : round.classes.filter((entry) => entry.seatsLeft > 0 && entry.id !== seat?.id);
    return { round, teaching, seat, lost, choice, open };
  });
}
