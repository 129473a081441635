import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import type { CommitListener } from '../storage/CommitQueue.ts';
import { batchSocketWrites } from './batchSocketWrites.ts';
import { type ConnectionRole, MessageType } from './protocol.ts';

/** One socket's view of one document: who it is, what it may do, and what it has been told is durable. */
export interface RoomConnection extends CommitListener {
  readonly socket: WebSocket;
  readonly role: ConnectionRole;
  readonly participantId: string | null;
  readonly awarenessClientIds: Set<number>;
  send(message: Uint8Array): void;
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
  const send = (body: Uint8Array) => {
    if (socket.readyState !== socket.OPEN) return;
    const message = prefix ? concatenate(prefix, body) : body;
    if (socket.bufferedAmount > options.maxBufferedBytes) {
      options.onSlowClient();
      socket.terminate();
      return;
    }
    options.onSend?.(message.byteLength);
    batchSocketWrites(socket);
    socket.send(message, onWritten);
  };
  return {
    socket,
    role: options.role,
    participantId: options.participantId,
    awarenessClientIds: new Set(),
    send,
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
