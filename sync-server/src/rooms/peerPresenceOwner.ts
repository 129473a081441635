import type { ConnectionRole } from '@peerloom/protocol';
import type { RoomConnection } from './RoomConnection.ts';

const owners = new Map<ConnectionRole, RoomConnection>();

/**
 * Who owns, in this relay's eyes, a presence state that arrived from another relay: a stand-in with the
 * writer's role and no socket, so the presence policy still applies (a participant's presence in `room`
 * reaches facilitators only) and no local connection can speak for those client ids.
 */
export function peerPresenceOwner(role: ConnectionRole): RoomConnection {
  let owner = owners.get(role);
  if (!owner) {
    // A stand-in, never sent to: the presence fan-out reads only `role` and `awarenessClientIds` of an owner.
    owner = { role, awarenessClientIds: new Set<number>() } as unknown as RoomConnection;
    owners.set(role, owner);
  }
  return owner;
}
