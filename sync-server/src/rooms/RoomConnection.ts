import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import type { CommitListener } from '../storage/CommitQueue.ts';
import { batchSocketWrites } from './batchSocketWrites.ts';
import { type ConnectionRole, MessageType } from './protocol.ts';
import { rawSocketOf } from './rawSocketOf.ts';
import { SharedMessage } from './SharedMessage.ts';
import type { WriteRefusalReason } from './WriteRefused.ts';

/** One socket's view of one document: who it is, what it may do, and what it has been told is durable. */
export interface RoomConnection extends CommitListener {
  readonly socket: WebSocket;
  readonly role: ConnectionRole;
  readonly participantId: string | null;
  readonly awarenessClientIds: Set<number>;
  /** Sends one message; a `SharedMessage` (the same bytes for many sockets) goes as its ready-made frame. */
  send(message: Uint8Array | SharedMessage): void;
  /** Whether the token this socket opened with has expired since (a facilitator's key does not). */
  tokenExpired(): boolean;
  /** Closes the socket for a refused write found after the message that sent it (a held update). */
  refuse(reason: WriteRefusalReason): void;
}

export interface RoomConnectionOptions {
  socket: WebSocket;
  role: ConnectionRole;
  participantId: string | null;
  /** Only clients that asked for durable acknowledgements get them; stock clients would log them as unknown. */
  wantsAcknowledgements: boolean;
  /** Bytes a socket may have queued; past it the client is too slow, is dropped, and resyncs later. */
  maxBufferedBytes: number;
  onSlowClient: () => void;
  onSend?: (bytes: number) => void;
  /** Bytes put before every message sent, e.g. a hub socket's `varString(documentPath)`. */
  prefix?: Uint8Array;
  /** When the socket's token expires, with the relay's clock; null or absent for a facilitator key. */
  tokenExpiresAt?: number | null;
  now?: () => number;
  /** How the socket is closed on a refused write (counted and logged once by the caller). */
  onRefused?: (reason: WriteRefusalReason) => void;
}

export function encodeAcknowledgement(clocks: ReadonlyMap<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.durableAck);
  encoding.writeVarUint(encoder, clocks.size);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

export function createRoomConnection(options: RoomConnectionOptions): RoomConnection {
  const { socket, prefix } = options;
  const onWritten = (error?: Error | null) => {
    if (error) socket.terminate();
  };
  const send = (outgoing: Uint8Array | SharedMessage) => {
    if (socket.readyState !== socket.OPEN) return;
    const shared = outgoing instanceof SharedMessage && !prefix ? outgoing : null;
    const body = outgoing instanceof SharedMessage ? outgoing.body : outgoing;
    const message = prefix ? concatenate(prefix, body) : body;
    if (socket.bufferedAmount > options.maxBufferedBytes) {
      options.onSlowClient();
      socket.terminate();
      return;
    }
    options.onSend?.(message.byteLength);
    batchSocketWrites(socket);
    const raw = shared ? rawSocketOf(socket) : null;
    // A write error shows as the socket's 'error', on which ws closes it.
    if (shared && raw) raw.write(shared.frame);
    else socket.send(message, onWritten);
  };
  return {
    socket,
    role: options.role,
    participantId: options.participantId,
    awarenessClientIds: new Set(),
    send,
    tokenExpired: () => {
      const expiresAt = options.tokenExpiresAt ?? null;
      return expiresAt !== null && (options.now ?? Date.now)() >= expiresAt;
    },
    refuse: (reason) => options.onRefused?.(reason),
    committed(clocks) {
      if (options.wantsAcknowledgements && clocks.size > 0) send(encodeAcknowledgement(clocks));
    },
  };
}

function concatenate(head: Uint8Array, tail: Uint8Array): Uint8Array {
  const joined = new Uint8Array(head.byteLength + tail.byteLength);
  joined.set(head);
  joined.set(tail, head.byteLength);
  return joined;
}
