import type { WebSocket } from 'ws';
import { TokenBucket } from '../http/TokenBucket.ts';
import type { Logger } from '../observability/createLogger.ts';
import type { Metrics } from '../observability/createMetrics.ts';
import { admitSocket } from './admitSocket.ts';
import type { ConnectionAccess } from './authorizeConnection.ts';
import type { MessageCost } from './DocRoom.ts';
import { type DocumentOpener, openDocument } from './openDocument.ts';
import type { RelayCounters } from './RelayCounters.ts';
import { createRoomConnection } from './RoomConnection.ts';
import { readSocketMessages } from './readSocketMessages.ts';
import { refuseWrites } from './refuseWrites.ts';

export interface SocketLimits {
  /** Document messages (sync, queries) per second and burst. */
  messagesPerSecond: number;
  messageBurst: number;
  /** The connection's own presence messages per second and burst, a budget apart from documents. */
  presencePerSecond: number;
  presenceBurst: number;
  maxBufferedBytes: number;
}

export interface AcceptContext extends DocumentOpener {
  counters: RelayCounters;
  metrics: Metrics;
  log: Logger;
  limits: SocketLimits;
  isClosing: () => boolean;
  now: () => number;
}

/**
 * Binds an upgraded socket to its document: authorization, rate bound, message handling, cleanup. What the
 * caller holds what the socket sends meanwhile (`holdSocketMessages`) and releases it once this resolves.
 */
export async function acceptSocket(
  socket: WebSocket,
  access: ConnectionAccess,
  wantsAcks: boolean,
  context: AcceptContext,
) {
  const { counters, log } = context;
  if (!admitSocket(socket, access, context)) return;
  const opened = await openDocument(access.address, access, context);
  if (socket.readyState !== socket.OPEN) {
    if (opened.ok) opened.close();
    return;
  }
  if (!opened.ok) {
    log.warn({ event: 'document_refused', reason: opened.reason, session: access.address.sessionId });
    socket.close(opened.code, opened.reason);
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

  readSocketMessages(
    socket,
    access.address.kind,
    context,
    (message) => room.receive(connection, message, admit),
    writes,
  );
  socket.on('close', () => {
    room.remove(socket);
    opened.close();
  });
  room.add(connection);
}
