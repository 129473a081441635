import { ROOM_MAPS, type RoomMapName } from './rootMaps.ts';

/**
 * Which keys of a `room` root map a participant owns: `id` — the key is its participant id (`PID`);
 * `suffix` — `SOMETHING/PID`; `prefix` — `PID/SOMETHING…`; `none` — no participant writes there.
 */
export type KeyOwnership = 'id' | 'suffix' | 'prefix' | 'none';

/** The ownership convention of each `room` root map; the relay refuses any other participant write. */
export const ROOM_KEY_OWNERSHIP: Readonly<Record<RoomMapName, KeyOwnership>> = {
  [ROOM_MAPS.meta]: 'none',
  /** participant id → name, joinedAt, profile. */
  [ROOM_MAPS.roster]: 'id',
  /** `QUESTION_ID/PARTICIPANT_ID` → the answer. */
  [ROOM_MAPS.answers]: 'suffix',
  /** `PARTICIPANT_ID/COMMENT_ID` → the comment. */
  [ROOM_MAPS.comments]: 'prefix',
  /** `PARTICIPANT_ID/PRODUCTION_ID/KIND` → when the person reacted. */
  [ROOM_MAPS.reactions]: 'prefix',
  /** participant id → true when the person asked not to be named. */
  [ROOM_MAPS.contributionOptOut]: 'id',
  /** `PARTICIPANT_ID/ROUND_ID` → the person's class in that round; only its author may add, change or withdraw it. */
  [ROOM_MAPS.signUps]: 'prefix',
  /** `PARTICIPANT_ID/PRODUCTION_ID` → the evaluation that participant wrote of that production. */
  [ROOM_MAPS.evaluations]: 'prefix',
  /** `PARTICIPANT_ID/EVALUATION_ID` → that participant's reaction to an evaluation of their group's production. */
  [ROOM_MAPS.evaluationReactions]: 'prefix',
};

const isRoomMapName = (name: string): name is RoomMapName => Object.hasOwn(ROOM_KEY_OWNERSHIP, name);

/** The participant who owns `key` of the `room` root map `mapName`, or null when no participant does. */
export function ownerOfRoomKey(mapName: string, key: string): string | null {
  if (!isRoomMapName(mapName)) return null;
  const ownership = ROOM_KEY_OWNERSHIP[mapName];
  if (ownership === 'id') return key === '' ? null : key;
  if (ownership === 'none') return null;
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) return null;
  return ownership === 'suffix' ? key.slice(slash + 1) : key.slice(0, slash);
}
