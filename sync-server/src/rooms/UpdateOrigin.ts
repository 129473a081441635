import type { ConnectionRole } from '@peerloom/protocol';
import type { RoomConnection } from './RoomConnection.ts';

/**
 * An update or presence change another relay process applied first and shared (Redis): already stored by
 * that relay and already sent to its own clients, so this relay neither stores it again nor sends it back.
 * `role` is the role of the connection that wrote it, for the presence policy (a participant's presence in
 * `room` still reaches facilitators only).
 */
export class PeerOrigin {
  constructor(
    readonly relayId: string,
    readonly role: ConnectionRole = 'facilitator',
  ) {}
}

/** The relay's own writes (the anonymous feedback it releases): stored and sent to every connection. */
export const RELAY_ORIGIN = Object.freeze({ source: 'relay' as const });

/**
 * The origin of every update a room applies: a local connection (stored, acknowledged to it, sent to the
 * others here and, through storage, to other relays), another relay (`PeerOrigin`: sent to the connections
 * here only), or the relay itself (stored and sent to every connection).
 */
export type UpdateOrigin = RoomConnection | PeerOrigin | typeof RELAY_ORIGIN;
