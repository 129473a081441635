import { Writable } from 'node:stream';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CreatedSession, JoinedParticipant } from '../../bench/relayApi.ts';
import type { RelayOptions } from '../createRelay.ts';
import { createLogger, type Logger } from '../observability/createLogger.ts';
import { MessageType } from '../rooms/protocol.ts';
import { type RelayFixture, startRelay } from './relayFixture.ts';

export type { CreatedSession, JoinedParticipant };

export interface RawSocket {
  socket: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
}

/** A logger writing into `lines`, one JSON object a line, so a test can count what the relay logged. */
export function captureLogLines(): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  return { lines, logger: createLogger('info', sink) };
}

/** A y-websocket sync step 1 for an empty document: what a client sends first on each document. */
export function emptySyncStep1(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

/**
 * A real relay on port 0 with one session and its log captured, for tests of hostile clients: `join`
 * makes participants, `openRaw` opens a socket written by hand (`room`, `group/G`, `hub`).
 */
export async function startHostileSession(options: Partial<RelayOptions> = {}) {
  const { lines, logger } = captureLogLines();
  const fixture: RelayFixture = await startRelay({ logger, ...options });
  const session = (await fixture.post<CreatedSession>('/api/sessions', { title: 'Hostile', language: 'en' }))
    .body;
  const opened: WebSocket[] = [];
  return {
    fixture,
    session,
    logLines: lines,
    linesWith: (event: string) => lines.filter((line) => line.includes(`"event":"${event}"`)),
    join: async (name: string) =>
      (await fixture.post<JoinedParticipant>('/api/join', { code: session.code, name })).body,
    async openRaw(path: string, params: Record<string, string>): Promise<RawSocket> {
      const query = new URLSearchParams(params).toString();
      const socket = new WebSocket(
        `ws://127.0.0.1:${fixture.relay.port}/sync/${session.sessionId}/${path}?${query}`,
      );
      opened.push(socket);
      socket.on('error', () => {});
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      await new Promise((resolve) => socket.once('open', resolve));
      return { socket, closed };
    },
    async cleanup() {
      for (const socket of opened) socket.terminate();
      await fixture.cleanup();
    },
  };
}

export type HostileSession = Awaited<ReturnType<typeof startHostileSession>>;
