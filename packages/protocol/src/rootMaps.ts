/**
 * Root-map names that more than the session model reads. The relay reads `groupMembers` in `control`
 * (group id → array of member participant ids) to allow writes to `group/G`, and the keys of both maps
 * to know which `group/G` documents exist: a participant may open no other.
 */
export const CONTROL_MAPS = {
  groupMembers: 'groupMembers',
  /** Production id → its record; the relay reads only the keys (a retired production keeps its document). */
  productions: 'productions',
  /**
   * Participant id → the facilitator's admin record; `removedAt` (a number) marks a participant the facilitator
   * removed. The relay reads it to refuse a removed participant's anonymous feedback.
   */
  participantAdmin: 'participantAdmin',
} as const;

/** The root maps of the `room` document, all flat (key → plain value). */
export const ROOM_MAPS = {
  /** Written by the facilitator only (schema version). */
  meta: 'meta',
  roster: 'roster',
  answers: 'answers',
  comments: 'comments',
  reactions: 'reactions',
  contributionOptOut: 'contributionOptOut',
  /** Class sign-ups (step 5). */
  signUps: 'signUps',
  /** Co-evaluations (step 6A). */
  evaluations: 'evaluations',
  /** The evaluated group's reactions to each evaluation (step 6A). */
  evaluationReactions: 'evaluationReactions',
} as const;

export type RoomMapName = (typeof ROOM_MAPS)[keyof typeof ROOM_MAPS];

/** The root maps of a group document (`S/group/G`) that the relay reads. */
export const GROUP_MAPS = {
  /**
   * Yjs client id (decimal string) → the participant whose device writes with it: who wrote how much on the
   * session page is read from it. A participant may write only the entries of its own client ids, naming itself.
   */
  authors: 'authors',
} as const;
