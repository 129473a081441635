import { createRandom, seedFromEnvironment } from '@peerloom/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  manyAwarenessClients,
  mutate,
  randomBytes,
  randomHubFrame,
  randomProtocolMessage,
  sendFrameWithReservedBits,
  validUpdateMessage,
} from './fuzzFrames.ts';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

const FUZZ_SECONDS = Number(process.env.FUZZ_SECONDS ?? 6);

describe('fuzzing the relay with hostile frames', () => {
  let fixture: RelayFixture;
  let sessionId: string;
  let token: string;
  /** Honest writes go under the participant's own keys, the only ones the relay's guard lets it write in room. */
  let pingKey: string;

  beforeAll(async () => {
    fixture = await startRelay({ maxDocumentsPerSession: 32 });
    const created = await fixture.post<{ sessionId: string; code: string }>('/api/sessions', {
      title: 'Fuzz',
    });
    sessionId = created.body.sessionId;
    const joined = (
      await fixture.post<{ token: string; participantId: string }>('/api/join', {
        code: created.body.code,
        name: 'F',
      })
    ).body;
    token = joined.token;
    pingKey = `ping/${joined.participantId}`;
  });
  afterAll(() => fixture.cleanup());

  const openRaw = (path = `${sessionId}/room`) =>
    new Promise<WebSocket | null>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${fixture.relay.port}/sync/${path}?token=${token}`);
      socket.on('error', () => resolve(null));
      socket.on('open', () => resolve(socket));
      socket.on('close', () => resolve(null));
    });

  it(
    'survives random, mutated and oversized frames while honest clients keep syncing',
    async () => {
      const seed = seedFromEnvironment();
      const random = createRandom(seed);
      const honestA = fixture.connect(`${sessionId}/room`, { token });
      const honestB = fixture.connect(`${sessionId}/room`, { token });
      await Promise.all([honestA.synced, honestB.synced]);
      const rssBefore = process.memoryUsage().rss;

      let pings = 0;
      const pinger = (async () => {
        const deadline = Date.now() + FUZZ_SECONDS * 1000;
        while (Date.now() < deadline) {
          const value = `ping-${pings++}`;
          honestA.doc.getMap('answers').set(pingKey, value);
          await waitForDoc(honestB.doc, () => honestB.doc.getMap('answers').get(pingKey) === value, 5000);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();

      const attacks = (async () => {
        const deadline = Date.now() + FUZZ_SECONDS * 1000;
        let socket = await openRaw();
        while (Date.now() < deadline) {
          if (!socket || socket.readyState !== WebSocket.OPEN) socket = await openRaw();
          if (!socket) continue;
          const choice = random.integer(4);
          const frame =
            choice === 0
              ? randomBytes(random, 256)
              : choice === 1
                ? mutate(random, validUpdateMessage(random))
                : choice === 2
                  ? randomProtocolMessage(random)
                  : validUpdateMessage(random);
          socket.send(frame);
          await new Promise((resolve) => setTimeout(resolve, random.integer(3)));
        }
        socket?.close();
      })();

      const oversized = await openRaw();
      const oversizedClosed = new Promise<number>((resolve) =>
        oversized?.on('close', (code) => resolve(code)),
      );
      oversized?.send(Buffer.alloc(2 * 1024 * 1024, 7));
      expect(await oversizedClosed).toBe(1009);

      const crowd = await openRaw();
      const crowdClosed = new Promise<number>((resolve) => crowd?.on('close', (code) => resolve(code)));
      crowd?.send(manyAwarenessClients(10_000));
      expect(await crowdClosed).toBe(1007);

      const reserved = await sendFrameWithReservedBits(
        fixture.relay.port,
        `/sync/${sessionId}/room?token=${token}`,
      );
      expect(reserved).toContain('101 Switching Protocols');

      const refusals: number[] = [];
      for (let index = 0; index < 60; index++) {
        const name =
          index % 3 === 0 ? `../../etc/passwd${index}` : `group/${'g'.repeat(1 + (index % 50))}${index}`;
        const socket = new WebSocket(
          `ws://127.0.0.1:${fixture.relay.port}/sync/${sessionId}/${name}?token=${token}`,
        );
        socket.on('error', () => {});
        refusals.push(
          await new Promise<number>((resolve) => {
            socket.on('close', (code) => resolve(code));
            socket.on('message', () => resolve(101));
          }),
        );
      }
      // Bad paths and group documents the session does not name: a participant opens neither.
      expect(refusals.filter((code) => code === 4404).length, refusals.join()).toBe(60);
      expect(fixture.relay.rooms.size).toBeLessThanOrEqual(3);

      await Promise.all([pinger, attacks]);
      expect(pings, `seed ${seed}`).toBeGreaterThan(FUZZ_SECONDS * 3);
      const health = await fetch(`${fixture.relay.url}/healthz`);
      expect(health.status).toBe(200);
      expect(fixture.relay.counters.rejectedFrames).toBeGreaterThan(10);
      expect(process.memoryUsage().rss - rssBefore, `seed ${seed}`).toBeLessThan(300 * 1024 * 1024);
    },
    (FUZZ_SECONDS + 30) * 1000,
  );

  it(
    'survives random and mutated hub frames, and every hub socket releases its rooms',
    async () => {
      const seed = seedFromEnvironment() + 1;
      const random = createRandom(seed);
      // The first case filled the session's document bound with group documents: the room is still loaded.
      const honestA = fixture.connect(`${sessionId}/room`, { token });
      const honestB = fixture.connect(`${sessionId}/room`, { token });
      await Promise.all([honestA.synced, honestB.synced]);
      const deadline = Date.now() + (FUZZ_SECONDS * 1000) / 2;
      let pings = 0;
      let socket: WebSocket | null = null;
      while (Date.now() < deadline) {
        if (!socket || socket.readyState !== WebSocket.OPEN) socket = await openRaw(`${sessionId}/hub`);
        if (!socket) continue;
        const choice = random.integer(4);
        const inner =
          choice === 0
            ? randomBytes(random, 64)
            : choice === 1
              ? mutate(random, validUpdateMessage(random))
              : choice === 2
                ? randomProtocolMessage(random)
                : Uint8Array.of(random.integer(2) === 0 ? 101 : 3);
        socket.send(randomHubFrame(random, inner));
        if (random.integer(20) === 0) {
          const value = `hub-ping-${pings++}`;
          honestA.doc.getMap('answers').set(`hub${pingKey}`, value);
          await waitForDoc(
            honestB.doc,
            () => honestB.doc.getMap('answers').get(`hub${pingKey}`) === value,
            5000,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, random.integer(3)));
      }
      socket?.close();
      expect(pings, `seed ${seed}`).toBeGreaterThan(0);
      const health = await fetch(`${fixture.relay.url}/healthz`);
      expect(health.status).toBe(200);
      const quiet = Date.now() + 5000;
      while (fixture.relay.counters.hubSockets > 0 && Date.now() < quiet) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(fixture.relay.counters.hubSockets, `seed ${seed}`).toBe(0);
      expect(fixture.relay.counters.hubDocuments, `seed ${seed}`).toBe(0);
      expect(fixture.relay.rooms.size).toBeLessThanOrEqual(32);
    },
    (FUZZ_SECONDS + 30) * 1000,
  );
});
