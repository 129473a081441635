import type { RoomConnection } from './RoomConnection.ts';

/**
 * `none`: presence is not relayed (the control document). `facilitators`: a participant's presence
 * reaches facilitator connections only, so traffic grows with n, not n² (the room document).
 * `everyone`: all connections see all (group documents, where carets live). A viewer's presence (a
 * projector, a read link) reaches nobody: a read-only connection puts nothing on others' screens.
 */
export type PresencePolicy = 'none' | 'facilitators' | 'everyone';

export function presenceAudience(
  policy: PresencePolicy,
  owner: RoomConnection | null,
  viewer: RoomConnection,
): boolean {
  if (policy === 'none' || owner?.role === 'viewer') return false;
  if (policy === 'everyone') return true;
  return owner === null || owner.role !== 'participant' || viewer.role === 'facilitator';
}
