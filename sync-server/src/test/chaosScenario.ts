import { type ChaosProxy, createChaosProxy, createRandom } from '@peerloom/test-kit';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { listenForAcks } from './ackListener.ts';
import { startChaosRelays } from './chaosRelays.ts';
import { connectStockClient, postJson } from './stockClient.ts';

export interface ChaosOptions {
  clients: number;
  seconds: number;
  seed: number;
  /** Longest network cut of one client, in seconds (the shortest is 1 s). */
  maxCutSeconds: number;
  /** Relay processes (default 1); more than one needs `redis`. Clients are spread over them. */
  relays?: number;
  /** Relays on a real Redis, which the run SIGKILLs and restarts too. */
  redis?: boolean;
  log?: (line: string) => void;
}

export interface ChaosResult {
  clients: number;
  converged: boolean;
  lost: number;
  seed: number;
  seconds: number;
  writes: number;
  cuts: number;
  relayKills: number;
  redisKills: number;
}

interface ChaosClient {
  index: number;
  doc: Y.Doc;
  provider: WebsocketProvider;
  proxy: ChaosProxy;
  /** The relay its proxy leads to now. */
  relay: number;
  acks: ReturnType<typeof listenForAcks>;
  cutUntil: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rounds of writes and cuts a run does at least, however slowly the machine runs them (about 30 % of the clients
 * write in each: 40 rounds of 30 clients give some 360 writes). */
const MIN_ROUNDS = 40;

/**
 * Real y-websocket clients behind seeded chaos proxies write while their links drop for 1 s up
 * to `maxCutSeconds` and the relay is SIGKILLed and restarted mid-run; at the end every client
 * must hold exactly the relay's document and the relay every acknowledged change.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const log = options.log ?? (() => {});
  const random = createRandom(options.seed);
  const started = Date.now();
  const relays = await startChaosRelays({
    relays: options.relays ?? 1,
    redis: options.redis ?? false,
    random,
    log,
  });
  const clients: ChaosClient[] = [];
  let writes = 0;
  let cuts = 0;
  let relayKills = 0;
  let redisKills = 0;
  try {
    const session = await postJson<{ sessionId: string; code: string; facilitatorKey: string }>(
      `http://127.0.0.1:${relays.readPort()}/api/sessions`,
      { title: 'Chaos' },
    );
    // Each client writes as a facilitator device: participants may only write their own keys in room.
    const key = session.facilitatorKey;
    for (let index = 0; index < options.clients; index++) {
      const proxy = await createChaosProxy({
        targetPort: relays.portFor(index),
        seed: options.seed + index,
        conditions: { latencyMs: 2 + random.integer(40), jitterMs: 20 },
      });
      const { doc, provider } = connectStockClient(
        proxy.port,
        `${session.sessionId}/room`,
        { key, ack: '1' },
        1000,
      );
      const relay = index % (options.relays ?? 1);
      clients.push({ index, doc, provider, proxy, relay, acks: listenForAcks(provider), cutUntil: 0 });
    }
    log(
      `chaos: ${options.clients} clients, ${options.relays ?? 1} relays${options.redis ? ' on redis' : ''}, ` +
        `${options.seconds} s, seed ${options.seed}`,
    );

    const deadline = started + options.seconds * 1000;
    // Disruptions are spread over the run: one relay kill (at half time when it is the only one), and with Redis
    // a Redis kill too, in a random order, at a third and two thirds.
    const disruptions = relays.planned.length;
    const disruptAt = (step: number) => started + (options.seconds * 1000 * (step + 1)) / (disruptions + 1);
    let disrupted = 0;
    // One client's link is cut in the first round whatever the draws, so a slow, loaded machine that runs
    // few rounds still exercises a cut.
    const firstCut = random.integer(options.clients);
    // A loaded machine may run only a few rounds in the window (12 writes once, at load 29): the scenario goes on
    // until it ran at least MIN_ROUNDS, and kills the relay only once half of them are done, whatever the clock.
    let rounds = 0;
    while (Date.now() < deadline || rounds < MIN_ROUNDS) {
      rounds++;
      const now = Date.now();
      for (const client of clients) {
        if (random.next() < 0.3) {
          client.doc.transact(() => {
            client.doc.getMap('log').set(`${client.index}-${writes}`, writes);
            const text = client.doc.getText('notes');
            text.insert(random.integer(text.length + 1), `${client.index}.`);
          });
          writes++;
        }
        if (client.cutUntil > 0 && now >= client.cutUntil) {
          client.cutUntil = 0;
          client.proxy.setBlackhole(false);
          client.proxy.setRefusing(false);
          client.proxy.resetAll();
        } else if (
          client.cutUntil === 0 &&
          (random.next() < 0.01 || (cuts === 0 && client.index === firstCut))
        ) {
          const cutMs = 1000 + random.integer((options.maxCutSeconds - 1) * 1000);
          client.cutUntil = Math.min(now + cutMs, deadline);
          if (random.next() < 0.5) client.proxy.setBlackhole(true);
          else {
            client.proxy.setRefusing(true);
            client.proxy.resetAll();
          }
          cuts++;
        }
      }
      if (
        disrupted < disruptions &&
        now >= disruptAt(disrupted) &&
        rounds >= (MIN_ROUNDS * (disrupted + 1)) / (disruptions + 1)
      ) {
        disrupted++;
        const kind = await relays.disrupt(clients);
        if (kind === 'relay') relayKills++;
        if (kind === 'redis') redisKills++;
      }
      await sleep(100);
    }

    for (const client of clients) {
      client.proxy.setBlackhole(false);
      client.proxy.setRefusing(false);
      if (client.cutUntil > 0) client.proxy.resetAll();
    }
    const acknowledged = clients.map((client) => client.acks.durable.get(client.doc.clientID) ?? 0);
    const settleDeadline = Date.now() + 60_000;
    let converged = false;
    let relayState = new Y.Doc();
    while (!converged && Date.now() < settleDeadline) {
      await sleep(1000);
      relayState = await readRelayState(relays.readPort(), session.sessionId, key);
      const expected = Y.encodeStateVector(relayState);
      converged = clients.every((client) =>
        Buffer.from(Y.encodeStateVector(client.doc)).equals(Buffer.from(expected)),
      );
    }
    const relayClocks = Y.decodeStateVector(Y.encodeStateVector(relayState));
    for (const client of clients) {
      const clocks = Y.decodeStateVector(Y.encodeStateVector(client.doc));
      const behind = [...relayClocks].filter(([id, clock]) => (clocks.get(id) ?? 0) < clock).length;
      const ahead = [...clocks].filter(([id, clock]) => (relayClocks.get(id) ?? 0) < clock).length;
      if (behind + ahead > 0) {
        log(
          `chaos: client ${client.index} differs (behind on ${behind} clients, ahead on ${ahead}); ` +
            `connected ${client.provider.wsconnected}, synced ${client.provider.synced}, ` +
            `pending structs ${client.doc.store.pendingStructs !== null}`,
        );
      }
    }
    const lost = clients.reduce(
      (sum, client, index) =>
        sum + Math.max(0, (acknowledged[index] ?? 0) - (relayClocks.get(client.doc.clientID) ?? 0)),
      0,
    );
    const sameContent = clients.every(
      (client) =>
        client.doc.getText('notes').toString() === relayState.getText('notes').toString() &&
        client.doc.getMap('log').size === relayState.getMap('log').size,
    );
    return {
      clients: options.clients,
      converged: converged && sameContent,
      lost,
      seed: options.seed,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      writes,
      cuts,
      relayKills,
      redisKills,
    };
  } finally {
    for (const client of clients) {
      client.provider.destroy();
      await client.proxy.close();
    }
    await relays.stop();
  }
}

async function readRelayState(port: number, sessionId: string, key: string): Promise<Y.Doc> {
  const { doc, provider, synced } = connectStockClient(port, `${sessionId}/room`, { key });
  await synced;
  provider.destroy();
  return doc;
}
