import type { ParticipantId } from '../schema/ids.ts';
import type { SignUpRefusal } from './resolveSignUps.ts';

/** One mini class of the schedule, with its sign-ups resolved the same way on every device. */
export interface MiniClass {
  readonly id: string;
  readonly roundId: string;
  /** The production it presents; its members teach. */
  readonly productionId: string;
  readonly title: string;
  readonly place: string;
  readonly capacity: number;
  /** Its production's members: they teach this class and attend none in its round. */
  readonly teachers: readonly ParticipantId[];
  /** Who has a seat, in the order seats were given. */
  readonly attendees: readonly ParticipantId[];
  /** Capacity minus attendees, never below zero. */
  readonly seatsLeft: number;
}

/** A time slot in which some groups teach and everyone else attends one of their classes. */
export interface ClassRound {
  readonly id: string;
  /** 1 for the first round. */
  readonly number: number;
  /** Planned start and end, in server time (ms). */
  readonly startsAt: number;
  readonly endsAt: number;
  readonly classes: readonly MiniClass[];
}

/** Someone's choice for a round that got no seat, and why: they are told and offered the classes with seats. */
export interface LostSeat {
  readonly participantId: ParticipantId;
  readonly roundId: string;
  readonly classId: string;
  readonly reason: SignUpRefusal;
}

/** The winning choice of one person for one round: their own sign-up, or the facilitator's move if later. */
export interface ClassChoice {
  readonly participantId: ParticipantId;
  readonly roundId: string;
  readonly classId: string | null;
  readonly at: number;
  /** Made by the facilitator (a move). */
  readonly placed: boolean;
}

/** Step 5 as every device reads it: the schedule, each person's choices, who sits where, who lost a seat. */
export interface ClassesState {
  /** When the facilitator published the schedule; participants see it and sign up from then on. */
  readonly publishedAt: number | null;
  /** The round the facilitator started, or null. */
  readonly currentRoundId: string | null;
  readonly rounds: readonly ClassRound[];
  readonly choices: readonly ClassChoice[];
  readonly lostSeats: readonly LostSeat[];
}
