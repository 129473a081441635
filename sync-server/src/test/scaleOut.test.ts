import { createRandom, seedFromEnvironment } from '@peerloom/test-kit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitForDoc } from './relayFixture.ts';
import { RELAY_PROCESS_TEST_TIMEOUT_MS } from './relayProcess.ts';
import { type ScaleOut, startScaleOut, waitForPresence } from './scaleOutFixture.ts';

interface CreatedSession {
  sessionId: string;
  code: string;
  facilitatorKey: string;
}

const clockOf = (doc: Y.Doc, client: number) =>
  Y.decodeStateVector(Y.encodeStateVector(doc)).get(client) ?? 0;

/**
 * Three relay processes on one Redis (`REDIS_URL`): the installation behaves as one relay to its users, a relay
 * may die without anyone losing an acknowledged word, and Redis may restart without losing one either.
 */
describe('scale-out: three relays on Redis', () => {
  let cluster: ScaleOut;
  let session: CreatedSession;
  beforeAll(async () => {
    cluster = await startScaleOut(3);
    session = await cluster.post<CreatedSession>(0, '/api/sessions', { title: 'Scale-out' });
  }, RELAY_PROCESS_TEST_TIMEOUT_MS);
  afterAll(() => cluster?.cleanup(), RELAY_PROCESS_TEST_TIMEOUT_MS);

  it(
    'a session created on one relay is joined on the others; clients spread over them converge, edits and presence',
    async () => {
      const { sessionId, code, facilitatorKey } = session;
      const ada = await cluster.post<{ participantId: string; token: string }>(1, '/api/join', {
        code,
        name: 'Ada',
      });
      const bob = await cluster.post<{ participantId: string; token: string }>(2, '/api/join', {
        code,
        name: 'Bob',
      });
      expect(ada.token && bob.token).toBeTruthy();
      // Each token was signed by another relay than the one it opens.
      const facilitator = cluster.connect(0, `${sessionId}/room`, { key: facilitatorKey });
      const adaClient = cluster.connect(2, `${sessionId}/room`, { token: ada.token });
      const bobClient = cluster.connect(1, `${sessionId}/room`, { token: bob.token });
      const clients = [facilitator, adaClient, bobClient];
      await Promise.all(clients.map((client) => client.synced));

      adaClient.doc.getMap('roster').set(ada.participantId, { name: 'Ada' });
      bobClient.doc.getMap('roster').set(bob.participantId, { name: 'Bob' });
      facilitator.doc.getMap('notes').set('welcome', 'Hello');
      await Promise.all(
        clients.map((client) =>
          waitForDoc(
            client.doc,
            () => client.doc.getMap('roster').size === 2 && client.doc.getMap('notes').has('welcome'),
            10_000,
          ),
        ),
      );
      for (const client of clients) {
        expect(client.doc.getMap('roster').toJSON()).toEqual({
          [ada.participantId]: { name: 'Ada' },
          [bob.participantId]: { name: 'Bob' },
        });
      }
      // Stored once each, by the relay that took the write: a relay applying another's update stores nothing.
      const redis = new Redis(cluster.redis.url);
      const entries = await redis.xrange(`peerloom:log:${sessionId}/room`, '-', '+');
      redis.disconnect();
      expect(entries.filter(([, fields]) => fields.includes('u'))).toHaveLength(3);

      // Participants' presence in `room` reaches the facilitator, on another relay, and not other participants.
      adaClient.provider.awareness.setLocalStateField('user', { name: 'Ada' });
      bobClient.provider.awareness.setLocalStateField('user', { name: 'Bob' });
      await waitForPresence(facilitator.provider.awareness, adaClient.doc.clientID);
      await waitForPresence(facilitator.provider.awareness, bobClient.doc.clientID);
      facilitator.provider.awareness.setLocalStateField('user', { name: 'Facilitator' });
      await waitForPresence(adaClient.provider.awareness, facilitator.doc.clientID, (state) =>
        Boolean(state.user),
      );
      expect(adaClient.provider.awareness.getStates().has(bobClient.doc.clientID)).toBe(false);
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'Redis stopped mid-run: relays keep serving from memory without acknowledging, then recover; nothing acknowledged is lost',
    async () => {
      const { sessionId, facilitatorKey } = session;
      const writer = cluster.connect(0, `${sessionId}/room`, { key: facilitatorKey });
      const neighbour = cluster.connect(0, `${sessionId}/room`, { key: facilitatorKey });
      const remote = cluster.connect(1, `${sessionId}/room`, { key: facilitatorKey });
      await Promise.all([writer.synced, neighbour.synced, remote.synced]);
      const log = writer.doc.getMap<number>('outage');
      for (let index = 0; index < 20; index++) log.set(`before-${index}`, index);
      await writer.acks.until(writer.doc.clientID, 20);

      await cluster.redis.stop('SIGKILL');
      for (let index = 0; index < 20; index++) log.set(`during-${index}`, index);
      // A device on the same relay still gets them, from memory…
      await waitForDoc(neighbour.doc, () => neighbour.doc.getMap('outage').size === 40, 10_000);
      // …but none is acknowledged: none is stored.
      expect(writer.acks.durable.get(writer.doc.clientID)).toBe(20);

      await cluster.redis.restart();
      await writer.acks.until(writer.doc.clientID, 40);
      await waitForDoc(remote.doc, () => remote.doc.getMap('outage').size === 40, 15_000);
      const late = cluster.connect(2, `${sessionId}/room`, { key: facilitatorKey });
      await late.synced;
      // That relay's copy catches up as its log reader reconnects (within a second or two of Redis's return).
      await waitForDoc(late.doc, () => late.doc.getMap('outage').size === 40, 15_000);
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'SIGKILL of a relay mid-write: its clients move to another relay and every acknowledged update is present',
    async () => {
      const seed = seedFromEnvironment();
      const random = createRandom(seed);
      const { sessionId, facilitatorKey } = session;
      const writer = cluster.connect(2, `${sessionId}/room`, { key: facilitatorKey });
      const reader = cluster.connect(1, `${sessionId}/room`, { key: facilitatorKey });
      await Promise.all([writer.synced, reader.synced]);
      const log = writer.doc.getMap<number>('burst');
      const burst = setInterval(() => {
        writer.doc.transact(() => {
          for (let index = 0; index < 5; index++) log.set(`w-${log.size}`, log.size);
        });
      }, 5);
      await writer.acks.until(writer.doc.clientID, 5);
      await new Promise((resolve) => setTimeout(resolve, random.integer(300)));
      const victim = cluster.relays[2];
      victim?.process.kill('SIGKILL');
      await victim?.exited;
      clearInterval(burst);
      const acknowledged = writer.acks.durable.get(writer.doc.clientID) ?? 0;
      expect(acknowledged, `nothing acknowledged before the kill (SEED=${seed})`).toBeGreaterThan(0);

      const fresh = cluster.connect(0, `${sessionId}/room`, { key: facilitatorKey });
      await fresh.synced;
      expect(clockOf(fresh.doc, writer.doc.clientID), `SEED=${seed}`).toBeGreaterThanOrEqual(acknowledged);

      // The writer's device moves to another relay and sends what was never acknowledged.
      writer.provider.destroy();
      const moved = cluster.connect(0, `${sessionId}/room`, { key: facilitatorKey }, writer.doc);
      await moved.synced;
      const written = clockOf(writer.doc, writer.doc.clientID);
      await waitForDoc(reader.doc, () => clockOf(reader.doc, writer.doc.clientID) === written, 15_000);
      expect(reader.doc.getMap('burst').size).toBe(log.size);
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );
});
