import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createRelay, type Relay } from '@peerloom/sync-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openSyncedDocument, type SyncedDocument } from '../openSyncedDocument.ts';

/** CI runs the full minute; `CARETS_SECONDS=5` shortens it on a laptop. */
const SECONDS = Number(process.env.CARETS_SECONDS ?? 60);
const KEYS_PER_SECOND = 4;
const CARETS_PER_SECOND = 10;
const FIELD = 'field:F1';
const AWARENESS = 1;

interface Traffic {
  presenceIn: number;
  presenceOut: number;
  closes: number[];
}

/** A `ws` WebSocket class that counts the presence bytes one member sends and receives. */
function countingWebSocket(traffic: Traffic): typeof globalThis.WebSocket {
  class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer | ArrayBuffer) => {
        const bytes = new Uint8Array(data);
        if (bytes[0] === AWARENESS) traffic.presenceIn += bytes.byteLength;
      });
      this.on('close', (code: number) => traffic.closes.push(code));
    }
    override send(data: Uint8Array, ...rest: unknown[]) {
      if (data[0] === AWARENESS) traffic.presenceOut += data.byteLength;
      (super.send as (data: Uint8Array, ...rest: unknown[]) => void)(data, ...rest);
    }
  }
  return CountingWebSocket as unknown as typeof globalThis.WebSocket;
}

interface Member {
  name: string;
  kind: 'sync-client' | 'stock';
  doc: Y.Doc;
  traffic: Traffic;
  setPresence(state: Record<string, unknown>): void;
  peers(): Record<string, unknown>[];
  connected(): boolean;
  destroy(): Promise<void>;
}

const until = (doc: Y.Doc, predicate: () => boolean, timeoutMs: number, what: string) =>
  new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => check(), 100);
    const deadline = setTimeout(() => {
      stop();
      reject(new Error(`timed out: ${what}`));
    }, timeoutMs);
    const stop = () => {
      clearInterval(timer);
      clearTimeout(deadline);
      doc.off('update', check);
    };
    const check = () => {
      if (!predicate()) return;
      stop();
      resolve();
    };
    doc.on('update', check);
    check();
  });

describe(`six members typing and moving carets in one group document for ${SECONDS} s`, () => {
  let relay: Relay;
  let dataDir: string;
  let serverUrl: string;
  let session: { sessionId: string; code: string; facilitatorKey: string };
  const members: Member[] = [];
  let control: SyncedDocument;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'peerloom-carets-'));
    relay = await createRelay({ dataDir, port: 0, host: '127.0.0.1', logger: createLogger('silent') });
    serverUrl = `ws://127.0.0.1:${relay.port}/sync`;
    const response = await fetch(`${relay.url}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify({ title: 'Carets' }),
    });
    session = (await response.json()) as typeof session;
  });
  afterAll(async () => {
    await Promise.all(members.map((member) => member.destroy()));
    await control?.destroy();
    await relay?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const joinAs = async (name: string) => {
    const response = await fetch(`${relay.url}/api/join`, {
      method: 'POST',
      body: JSON.stringify({ code: session.code, name }),
    });
    return (await response.json()) as { token: string; participantId: string };
  };

  const openSyncClient = (name: string, token: string): Member => {
    const traffic: Traffic = { presenceIn: 0, presenceOut: 0, closes: [] };
    const open = (path: string) =>
      openSyncedDocument({
        serverUrl,
        path: `${session.sessionId}/${path}`,
        params: { token },
        persistenceName: null,
        WebSocketImpl: countingWebSocket(traffic),
      });
    const synced = open('group/P1');
    // A device also holds the quiet control document open; it must stay connected too.
    const quiet = open('control');
    return {
      name,
      kind: 'sync-client',
      doc: synced.doc,
      traffic,
      setPresence: (state) => synced.setPresence(state),
      peers: () => synced.getPeers() as Record<string, unknown>[],
      connected: () =>
        synced.getStatus().connection === 'online' && quiet.getStatus().connection === 'online',
      destroy: async () => {
        await synced.destroy();
        await quiet.destroy();
      },
    };
  };

  const openStock = (name: string, token: string): Member => {
    const traffic: Traffic = { presenceIn: 0, presenceOut: 0, closes: [] };
    const open = (path: string, doc: Y.Doc) =>
      new WebsocketProvider(serverUrl, `${session.sessionId}/${path}`, doc, {
        params: { token },
        disableBc: true,
        WebSocketPolyfill: countingWebSocket(traffic),
      });
    const doc = new Y.Doc();
    const provider = open('group/P1', doc);
    const quietDoc = new Y.Doc();
    const quiet = open('control', quietDoc);
    return {
      name,
      kind: 'stock',
      doc,
      traffic,
      setPresence: (state) => provider.awareness.setLocalState(state),
      peers: () =>
        [...provider.awareness.getStates()]
          .filter(([clientId]) => clientId !== doc.clientID)
          .map(([, state]) => state),
      connected: () => provider.wsconnected && quiet.wsconnected,
      destroy: async () => {
        provider.destroy();
        quiet.destroy();
        doc.destroy();
        quietDoc.destroy();
      },
    };
  };

  it('closes no honest connection, converges, and delivers every final caret', {
    timeout: SECONDS * 1000 + 60_000,
  }, async () => {
    const names = ['Ada', 'Bob', 'Cy', 'Dee', 'Eli', 'Fay'];
    const joined = await Promise.all(names.map(joinAs));
    control = openSyncedDocument({
      serverUrl,
      path: `${session.sessionId}/control`,
      params: { key: session.facilitatorKey },
      persistenceName: null,
      WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
    });
    await until(control.doc, () => control.getStatus().synced, 10_000, 'control synced');
    control.doc.getMap('groupMembers').set(
      'P1',
      joined.map((member) => member.participantId),
    );
    for (const [index, name] of names.entries()) {
      const token = joined[index]?.token ?? '';
      members.push(index % 2 === 0 ? openSyncClient(name, token) : openStock(name, token));
    }
    const colors = ['#d33', '#3a3', '#33d', '#c80', '#a3a', '#088'];
    const texts = members.map((member, index) => {
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      member.doc.getXmlFragment(FIELD).push([paragraph]);
      return { text, user: { name: member.name, color: colors[index] } };
    });
    await Promise.all(
      members.map((member) =>
        until(
          member.doc,
          () => member.doc.getXmlFragment(FIELD).length === members.length,
          10_000,
          'paragraphs',
        ),
      ),
    );

    let keystrokes = 0;
    const timers = members.flatMap((member, index) => {
      const own = texts[index];
      if (!own) return [];
      let typed = 0;
      const type = setInterval(() => {
        own.text.insert((typed * 7) % (own.text.length + 1), String.fromCharCode(97 + (typed % 26)));
        typed++;
        keystrokes++;
      }, 1000 / KEYS_PER_SECOND);
      let moves = 0;
      const caret = setInterval(() => {
        moves++;
        const anchor = moves % (own.text.length + 1);
        member.setPresence({ user: own.user, cursor: { anchor, head: anchor, moves } });
      }, 1000 / CARETS_PER_SECOND);
      return [type, caret];
    });
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    for (const timer of timers) clearInterval(timer);
    const elapsed = (Date.now() - started) / 1000;

    for (const [index, member] of members.entries()) {
      const own = texts[index];
      if (own) member.setPresence({ user: own.user, cursor: { anchor: 0, head: 0, final: true } });
    }
    const typedIn = (member: Member) =>
      member.doc
        .getXmlFragment(FIELD)
        .toArray()
        .reduce(
          (sum, node) => sum + (node instanceof Y.XmlElement ? (node.firstChild as Y.XmlText).length : 0),
          0,
        );
    const finalCarets = (member: Member) =>
      member.peers().filter((peer) => (peer.cursor as { final?: boolean } | undefined)?.final).length;
    await Promise.all(
      members.map((member) =>
        until(
          member.doc,
          () => typedIn(member) === keystrokes && finalCarets(member) === members.length - 1,
          20_000,
          `${member.name} has all ${keystrokes} keystrokes and every final caret`,
        ),
      ),
    );

    const report = members.map((member) => ({
      member: member.name,
      client: member.kind,
      presenceInBytesPerSecond: Math.round(member.traffic.presenceIn / elapsed),
      presenceOutBytesPerSecond: Math.round(member.traffic.presenceOut / elapsed),
      presenceInKB: Math.round(member.traffic.presenceIn / 1024),
    }));
    console.log(`carets: ${keystrokes} keystrokes, ${elapsed.toFixed(1)} s, presence bytes per member:`);
    console.table(report);
    console.log(`relay presence bytes out: ${relay.counters.presenceBytesOut}`);

    const states = members.map((member) => Y.encodeStateVector(member.doc).toString());
    expect(new Set(states).size).toBe(1);
    const fragments = members.map((member) => JSON.stringify(member.doc.getXmlFragment(FIELD).toJSON()));
    expect(new Set(fragments).size).toBe(1);
    expect(members.map((member) => member.traffic.closes)).toEqual(members.map(() => []));
    expect(members.every((member) => member.connected())).toBe(true);
    expect(relay.counters.rejectedFrames).toBe(0);
    // Each control connection's first sync reply is a write the relay drops; a reconnect would add one.
    expect(relay.counters.droppedWrites).toBeLessThanOrEqual(members.length);
    // Our provider sends only its own presence; the stock one also sends back every state it receives.
    const sent = (kind: Member['kind']) =>
      Math.max(
        ...members.filter((member) => member.kind === kind).map((member) => member.traffic.presenceOut),
      );
    const stockLeast = Math.min(
      ...members.filter((member) => member.kind === 'stock').map((member) => member.traffic.presenceOut),
    );
    expect(sent('sync-client') * 2).toBeLessThan(stockLeast);
  });
});
