import { Writable } from 'node:stream';
import { MessageType } from '@peerloom/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { expect } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RelayOptions } from '../createRelay.ts';
import { createLogger } from '../observability/createLogger.ts';
import { encodeHubFrame } from '../rooms/acceptHubSocket.ts';
import { readGroupMembers } from '../rooms/documentKinds.ts';
import { type Peer, type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

export interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
  viewerToken: string;
}
export interface Joined {
  participantId: string;
  token: string;
}

/** What an attacker writes: it must never show in a log line or a document after a refusal. */
export const SECRET = 'attacker-payload-7f3a';

/** A socket an attacker drives by hand: single-document (`room`, `group/G`) or a hub (`hub`). */
export interface RawSocket {
  /** Sends a y-websocket update message for `path`'s document (prefixed with the path on a hub). */
  sendUpdate(update: Uint8Array, path?: string): void;
  /** Resolves once the relay has handled everything sent before (it answers a sync step 1; single sockets). */
  roundTrip(): Promise<void>;
  closed: Promise<number>;
  /** Hub sockets: resolves with the code of the relay's refusal of `path`'s document. */
  refusal(path: string): Promise<number>;
  socket: WebSocket;
}

export interface GuardedSession {
  fixture: RelayFixture;
  session: Created;
  logLines: string[];
  join(name: string): Promise<Joined>;
  /** Opens `/sync/SESSION/PATH?QUERY` (PATH `hub` for a hub socket) and waits for it to be open. */
  rawSocket(path: string, query: string): Promise<RawSocket>;
  /** The relay's own copy of a loaded document of the session (`room`, `group/G`). */
  relayDoc(path: string): Y.Doc | undefined;
  /** A real y-websocket client on the session's `path` as a participant (its join), the facilitator or a viewer. */
  connectAs(path: string, who: Joined | 'facilitator' | 'viewer'): Peer;
  /** Sets group `groupId`'s members in `control` as the facilitator, and waits until the relay reads them. */
  setMembers(groupId: string, members: readonly string[]): Promise<void>;
}

export const updateMessage = (update: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
};

/** The production field the group-document tests type into. */
export const FIELD = 'field:summary';
export const fieldText = (doc: Y.Doc): string => doc.getXmlFragment(FIELD).toString();
/** Types `words` at the end of the field, as an editor would. */
export function typeInto(doc: Y.Doc, words: string): void {
  const fragment = doc.getXmlFragment(FIELD);
  fragment.insert(fragment.length, [new Y.XmlText(words)]);
}

/**
 * An update a hostile device crafts: what `write` does to a copy of `source`, made with Yjs client id
 * `clientID` (another person's, to steal their clocks), without what `source` already holds.
 */
export function forgeUpdate(source: Y.Doc, clientID: number, write: (doc: Y.Doc) => void): Uint8Array {
  const forged = new Y.Doc();
  Y.applyUpdate(forged, Y.encodeStateAsUpdate(source));
  const before = Y.encodeStateVector(forged);
  forged.clientID = clientID;
  write(forged);
  const update = Y.encodeStateAsUpdate(forged, before);
  forged.destroy();
  return update;
}

/** A real relay (port 0, real SQLite) whose log lines are kept, with one session created on it. */
export async function startGuardedSession(options: Partial<RelayOptions> = {}): Promise<GuardedSession> {
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  const fixture = await startRelay({ logger: createLogger('info', sink), ...options });
  const session = (await fixture.post<Created>('/api/sessions', { title: 'Guarded', language: 'en' })).body;
  const connectAs = (path: string, who: Joined | 'facilitator' | 'viewer') =>
    fixture.connect(
      `${session.sessionId}/${path}`,
      who === 'facilitator'
        ? { key: session.facilitatorKey }
        : { token: who === 'viewer' ? session.viewerToken : who.token },
    );
  let control: Peer | null = null;
  const relayDoc = (path: string) =>
    fixture.relay.rooms.loadedDocuments(session.sessionId).get(`${session.sessionId}/${path}`);
  return {
    fixture,
    session,
    logLines,
    join: async (name) => (await fixture.post<Joined>('/api/join', { code: session.code, name })).body,
    async rawSocket(path, query) {
      const socket = new WebSocket(
        `ws://127.0.0.1:${fixture.relay.port}/sync/${session.sessionId}/${path}?${query}`,
      );
      socket.on('error', () => {});
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      const replies: (() => void)[] = [];
      const refusals = new Map<string, (code: number) => void>();
      socket.on('message', (data: Buffer) => {
        if (data[0] === MessageType.sync && data[1] === syncProtocol.messageYjsSyncStep2) replies.shift()?.();
        if (path !== 'hub') return;
        const decoder = decoding.createDecoder(new Uint8Array(data));
        const documentPath = decoding.readVarString(decoder);
        if (decoding.readVarUint(decoder) !== MessageType.documentRefused) return;
        refusals.get(documentPath)?.(decoding.readVarUint(decoder));
      });
      await new Promise((resolve) => socket.once('open', resolve));
      return {
        socket,
        closed,
        sendUpdate: (update, documentPath) =>
          socket.send(
            documentPath ? encodeHubFrame(documentPath, updateMessage(update)) : updateMessage(update),
          ),
        refusal: (documentPath) => new Promise<number>((resolve) => refusals.set(documentPath, resolve)),
        roundTrip: () =>
          new Promise<void>((resolve) => {
            replies.push(resolve);
            const encoder = encoding.createEncoder();
            encoding.writeVarUint(encoder, MessageType.sync);
            syncProtocol.writeSyncStep1(encoder, new Y.Doc());
            socket.send(encoding.toUint8Array(encoder));
          }),
      };
    },
    relayDoc,
    connectAs,
    async setMembers(groupId, members) {
      control ??= connectAs('control', 'facilitator');
      await control.synced;
      control.doc.getMap('groupMembers').set(groupId, [...members]);
      const held = relayDoc('control');
      if (!held) throw new Error('control is not loaded');
      await waitForDoc(held, () => readGroupMembers(held, groupId).join() === members.join());
    },
  };
}

/**
 * The relay refused exactly one write, for `reason`: counted on /metrics, logged once without content, and
 * still healthy.
 */
export async function expectOneRefusal(guarded: GuardedSession, reason: string): Promise<void> {
  const { fixture, logLines } = guarded;
  expect(fixture.relay.counters.refusedWrites).toBe(1);
  const refusals = logLines.filter((line) => line.includes('write_refused'));
  expect(refusals).toHaveLength(1);
  expect(JSON.parse(refusals[0] as string)).toMatchObject({ reason });
  expect(logLines.join('\n')).not.toContain(SECRET);
  const metrics = await (await fetch(`${fixture.relay.url}/metrics`)).text();
  expect(metrics).toContain('peerloom_refused_writes_total 1');
  expect((await fetch(`${fixture.relay.url}/healthz`)).status).toBe(200);
}
