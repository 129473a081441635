import type { DocKind } from './documentPaths.ts';

/**
 * Who may write each kind of session document, as the relay enforces it: `facilitator` — the facilitator
 * only (other writes are dropped); `owners` — the facilitator, and each participant under the keys it owns
 * (`ROOM_KEY_OWNERSHIP`); `members` — the facilitator, and the participants `groupMembers` lists for the
 * group; `relay` — no connection at all (the relay writes `feedback` from HTTP submissions, so no
 * participant's Yjs client id is ever attached to an anonymous answer). Viewers write nothing anywhere.
 */
export const DOCUMENT_WRITERS = {
  control: 'facilitator',
  room: 'owners',
  group: 'members',
  feedback: 'relay',
} as const satisfies Record<DocKind, string>;

export type DocumentWriters = (typeof DOCUMENT_WRITERS)[DocKind];
