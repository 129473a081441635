import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import { TokenBucket } from '../http/TokenBucket.ts';
import type { AcceptContext } from './acceptSocket.ts';
import { admitSocket } from './admitSocket.ts';
import type { SessionAccess } from './authorizeConnection.ts';
import type { DocRoom } from './DocRoom.ts';
import { parseSessionDocPath } from './documentKinds.ts';
import { openDocument } from './openDocument.ts';
import { CloseCode, MessageType } from './protocol.ts';
import { createRoomConnection, type RoomConnection } from './RoomConnection.ts';
import { readSocketMessages } from './readSocketMessages.ts';
import { closeCodeOf, type WriteRefusalReason, WriteRefused } from './WriteRefused.ts';

export interface HubLimits {
  /** Documents one hub socket may carry at once; past it, a subscription is refused (the socket stays). */
  maxDocumentsPerHub: number;
}

interface Carried {
  room: DocRoom;
  connection: RoomConnection;
  close(): void;
}

/** Encodes a hub frame: `varString(documentPath)` followed by `message` (a y-websocket message). */
export function encodeHubFrame(documentPath: string, message: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentPath);
  encoding.writeUint8Array(encoder, message);
  return encoding.toUint8Array(encoder);
}

function encodeRefusal(documentPath: string, code: number, reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentPath);
  encoding.writeVarUint(encoder, MessageType.documentRefused);
  encoding.writeVarUint(encoder, code);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/**
 * Binds an upgraded hub socket (`/sync/SESSION/hub`) to the documents it subscribes to: one
 * RoomConnection per document, whose messages carry the document's path, so write rules,
 * presence policy, durable acknowledgements and group commit work as on a single-document socket.
 * The rate bound covers the whole socket; its burst grows with the documents a hub may carry, so
 * subscribing to every document at once (sync step 1, step 2, presence) fits.
 */
export function acceptHubSocket(
  socket: WebSocket,
  sessionId: string,
  access: SessionAccess,
  wantsAcks: boolean,
  context: AcceptContext & { hubLimits: HubLimits },
) {
  const { counters, log } = context;
  if (!admitSocket(socket, access, context)) return;
  const { maxDocumentsPerHub } = context.hubLimits;
  const carried = new Map<string, Carried>();
  const rate = new TokenBucket(
    context.limits.messageBurst + 4 * maxDocumentsPerHub,
    context.limits.messagesPerSecond * 2,
    context.now(),
  );
  counters.hubSockets++;
  /** Documents whose write was refused: no longer carried, and what the socket sends for them is ignored. */
  const refusedWrites = new Set<string>();

  // Refused subscriptions are counted by reason and logged once, when the socket closes: a hub asking
  // for hundreds of made-up documents writes one line.
  const refusedDocuments = new Map<string, number>();
  const refuse = (documentPath: string, code: number, reason: string) => {
    refusedDocuments.set(reason, (refusedDocuments.get(reason) ?? 0) + 1);
    if (socket.readyState !== socket.OPEN) return;
    const frame = encodeRefusal(documentPath, code, reason);
    context.metrics.sent(frame.byteLength);
    socket.send(frame, (error) => {
      if (error) socket.terminate();
    });
  };

  /** Documents being opened, with the frames that arrived for each meanwhile (handled in order once open). */
  const opening = new Map<string, Uint8Array[]>();
  let closed = false;

  const subscribe = async (documentPath: string): Promise<Carried | null> => {
    const address = parseSessionDocPath(sessionId, documentPath);
    if (!address) {
      refuse(documentPath.slice(0, 200), CloseCode.notFound, 'unknown document');
      return null;
    }
    const full = () => carried.size >= maxDocumentsPerHub;
    if (full()) {
      refuse(documentPath, CloseCode.tryAgainLater, 'too many documents on this socket');
      return null;
    }
    const opened = await openDocument(address, access, context);
    if (closed || (opened.ok && full())) {
      if (opened.ok) opened.close();
      if (!closed) refuse(documentPath, CloseCode.tryAgainLater, 'too many documents on this socket');
      return null;
    }
    if (!opened.ok) {
      refuse(documentPath, opened.code, opened.reason);
      return null;
    }
    const connection = createRoomConnection({
      socket,
      role: access.role,
      participantId: access.participantId,
      tokenExpiresAt: access.expiresAt,
      now: context.now,
      onRefused: (reason) => refuseWrite(documentPath, reason),
      wantsAcknowledgements: wantsAcks,
      maxBufferedBytes: context.limits.maxBufferedBytes,
      onSlowClient: () => {
        counters.slowClientsDropped++;
        log.warn({ event: 'slow_client_dropped', doc: 'hub' });
      },
      onSend: (bytes) => context.metrics.sent(bytes),
      prefix: encodeHubFrame(documentPath, new Uint8Array()),
    });
    const entry = { room: opened.room, connection, close: opened.close };
    carried.set(documentPath, entry);
    counters.hubDocuments++;
    opened.room.add(connection);
    return entry;
  };

  const unsubscribe = (documentPath: string) => {
    const entry = carried.get(documentPath);
    if (!entry) return;
    carried.delete(documentPath);
    counters.hubDocuments--;
    entry.room.remove(socket);
    entry.close();
  };

  /**
   * A refused write closes that document alone, with the refusal's code: a device whose stale copy of
   * `control` still puts it in a group it left keeps `room` and its new group on the same socket.
   */
  const refuseWrite = (documentPath: string, reason: WriteRefusalReason) => {
    if (refusedWrites.has(documentPath)) return;
    refusedWrites.add(documentPath);
    counters.refusedWrites++;
    log.warn({ event: 'write_refused', doc: 'hub', reason });
    refuse(documentPath, closeCodeOf(reason), 'write refused');
    unsubscribe(documentPath);
  };

  const deliver = (documentPath: string, message: Uint8Array) => {
    const entry = carried.get(documentPath);
    if (!entry || refusedWrites.has(documentPath)) return;
    if (decoding.readVarUint(decoding.createDecoder(message)) === MessageType.unsubscribe) {
      return unsubscribe(documentPath);
    }
    try {
      entry.room.receive(entry.connection, message);
    } catch (error) {
      if (!(error instanceof WriteRefused)) throw error;
      refuseWrite(documentPath, error.reason);
    }
  };

  /** A document's first frame opens it (asynchronously); its frames wait in `opening` until it has. */
  const open = (documentPath: string, message: Uint8Array) => {
    opening.set(documentPath, [message]);
    void subscribe(documentPath).then((entry) => {
      const waiting = opening.get(documentPath) ?? [];
      opening.delete(documentPath);
      if (!entry) return;
      try {
        for (const next of waiting) deliver(documentPath, next);
      } catch {
        counters.rejectedFrames++;
        socket.close(CloseCode.malformed, 'malformed message');
      }
    });
  };

  const receive = (frame: Uint8Array) => {
    const decoder = decoding.createDecoder(frame);
    const documentPath = decoding.readVarString(decoder);
    if (refusedWrites.has(documentPath)) return;
    const message = frame.subarray(decoder.pos);
    const waiting = opening.get(documentPath);
    if (waiting) waiting.push(message);
    else if (carried.has(documentPath)) deliver(documentPath, message);
    else if (decoding.readVarUint(decoding.createDecoder(message)) !== MessageType.unsubscribe) {
      open(documentPath, message);
    }
  };

  readSocketMessages(socket, 'hub', context, (frame) => {
    if (!rate.take(context.now())) return false;
    receive(frame);
    return true;
  });
  socket.on('close', () => {
    closed = true;
    for (const documentPath of [...carried.keys()]) unsubscribe(documentPath);
    counters.hubSockets--;
    if (refusedDocuments.size > 0) {
      const reasons = Object.fromEntries(refusedDocuments);
      log.warn({ event: 'document_refused', doc: 'hub', session: sessionId, reasons });
    }
  });
}
