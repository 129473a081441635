import { ROOM_MAPS } from '@peerloom/protocol';
import type * as Y from 'yjs';

/**
 * Step 5 (teach): the schedule of mini classes lives in `control` (the facilitator is its only writer), the
 * sign-ups in `room`, each under its participant's own key (`PARTICIPANT_ID/ROUND_ID`): one key per person and
 * round, so a change of mind overwrites the earlier choice and nobody is ever signed up twice in one round.
 */
export const classesLayout = {
  /**
   * Flat keys, so two facilitator devices editing two classes never overwrite each other:
   * `round/ROUND_ID` → StoredRound, `class/CLASS_ID` → StoredClass, `placement/PARTICIPANT_ID/ROUND_ID` →
   * StoredChoice (the facilitator moved that person), `publishedAt` → number, `currentRound` → a round id.
   */
  schedule: (control: Y.Doc) => control.getMap<unknown>('classSchedule'),
  /** `PARTICIPANT_ID/ROUND_ID` → StoredChoice; only its author may write it (`ROOM_KEY_OWNERSHIP`). */
  signUps: (room: Y.Doc) => room.getMap<StoredChoice>(ROOM_MAPS.signUps),
};

export interface StoredRound {
  /** Position among rounds: shown by ascending order, then id. */
  order: number;
  /** Planned start and end, in server time (ms). */
  startsAt: number;
  endsAt: number;
}

export interface StoredClass {
  roundId: string;
  /** The production the class presents; its group teaches. */
  productionId: string;
  title: string;
  place: string;
  /** Seats for attendees (the teaching group is not counted). */
  capacity: number;
}

/** A choice of class for one round, by a participant (sign-up) or by the facilitator (a move). */
export interface StoredChoice {
  /** The class chosen, or null for "no class this round" (a cancelled sign-up). */
  classId: string | null;
  /** Server time (ms) when the choice was made: earlier choices get seats first. */
  at: number;
}

export const ROUND_PREFIX = 'round/';
export const CLASS_PREFIX = 'class/';
export const PLACEMENT_PREFIX = 'placement/';
export const PUBLISHED_AT_KEY = 'publishedAt';
export const CURRENT_ROUND_KEY = 'currentRound';

export const signUpKey = (participantId: string, roundId: string) => `${participantId}/${roundId}`;
export const placementKey = (participantId: string, roundId: string) =>
  `${PLACEMENT_PREFIX}${participantId}/${roundId}`;

/** The participant and round of a `signUps` key (or of a placement key without its prefix); null otherwise. */
export function parseChoiceKey(key: string): { participantId: string; roundId: string } | null {
  const parts = key.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { participantId: parts[0], roundId: parts[1] };
}
