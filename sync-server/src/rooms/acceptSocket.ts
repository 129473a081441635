import type { WebSocket } from 'ws';
import { TokenBucket } from '../http/TokenBucket.ts';
import type { Logger } from '../observability/createLogger.ts';
import type { Metrics } from '../observability/createMetrics.ts';
import { admitSocket } from './admitSocket.ts';
import type { ConnectionAccess } from './authorizeConnection.ts';
import type { MessageCost } from './DocRoom.ts';
import { CloseCode } from './protocol.ts';
import type { RelayCounters } from './RelayCounters.ts';
import { createRoomConnection } from './RoomConnection.ts';
import type { RoomRegistry } from './RoomRegistry.ts';
import { refuseWrites } from './refuseWrites.ts';
import { WriteRefused } from './WriteRefused.ts';

export interface SocketLimits {
  /** Document messages (sync, queries) per second and burst. */
  messagesPerSecond: number;
  messageBurst: number;
  /** The connection's own presence messages per second and burst, a budget apart from documents. */
  presencePerSecond: number;
  presenceBurst: number;
  maxBufferedBytes: number;
}

export interface AcceptContext {
  rooms: RoomRegistry;
  counters: RelayCounters;
  metrics: Metrics;
  log: Logger;
  limits: SocketLimits;
  isClosing: () => boolean;
  now: () => number;
}

/** Binds an upgraded socket to its document: authorization, rate bound, message handling, cleanup. */
export function acceptSocket(
  socket: WebSocket,
  access: ConnectionAccess,
  wantsAcks: boolean,
  context: AcceptContext,
) {
  const { counters, log } = context;
  if (!admitSocket(socket, access, context)) return;
  const opened = context.rooms.open(access.address);
  if (!opened.ok) {
    log.warn({ event: 'document_refused', reason: opened.reason, session: access.address.sessionId });
    socket.close(CloseCode.tryAgainLater, opened.reason);
    return;
  }
  const room = opened.room;
  const writes = refuseWrites(socket, access.address.kind, context);
  const connection = createRoomConnection({
    socket,
    role: access.role,
    participantId: access.participantId,
    tokenExpiresAt: access.expiresAt,
    now: context.now,
    onRefused: writes.refuse,
    wantsAcknowledgements: wantsAcks,
    maxBufferedBytes: context.limits.maxBufferedBytes,
    onSlowClient: () => {
      counters.slowClientsDropped++;
      log.warn({ event: 'slow_client_dropped', doc: access.address.kind });
    },
    onSend: (bytes) => context.metrics.sent(bytes),
  });
  const { limits } = context;
  const rate = new TokenBucket(limits.messageBurst, limits.messagesPerSecond, context.now());
  const presenceRate = new TokenBucket(limits.presenceBurst, limits.presencePerSecond, context.now());
  const admit = (cost: MessageCost) =>
    cost === 'echo' || (cost === 'presence' ? presenceRate : rate).take(context.now());

  socket.on('message', (data, isBinary) => {
    if (context.isClosing() || writes.refused()) return;
    const buffer = data as Buffer;
    context.metrics.received(buffer.byteLength);
    if (!isBinary) {
      counters.rejectedFrames++;
      socket.close(CloseCode.malformed, 'binary frames only');
      return;
    }
    try {
      const message = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      if (!room.receive(connection, message, admit)) {
        counters.rejectedFrames++;
        log.warn({ event: 'rate_limited', doc: access.address.kind });
        socket.close(CloseCode.policy, 'too many messages');
      }
    } catch (error) {
      if (error instanceof WriteRefused) return writes.refuse(error.reason);
      counters.rejectedFrames++;
      log.warn({ event: 'malformed_message', doc: access.address.kind, error: String(error).slice(0, 200) });
      socket.close(CloseCode.malformed, 'malformed message');
    }
  });
  socket.on('close', () => {
    room.remove(socket);
    context.rooms.release(room);
  });
  room.add(connection);
}
