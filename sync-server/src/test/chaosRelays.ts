import type { ChaosProxy, Random } from '@peerloom/test-kit';
import { type RelayChild, spawnRelay } from './relayProcess.ts';
import { startRelayCluster } from './startRelayCluster.ts';

export interface ChaosRelayOptions {
  /** Relay processes; more than one needs `redis`. */
  relays: number;
  /** Relays share a real `redis-server` (`REDIS_URL`), which the run also kills and restarts. */
  redis: boolean;
  random: Random;
  log: (line: string) => void;
}

/** The relays a chaos run writes through, and the disruptions it inflicts on them. */
export interface ChaosRelays {
  /** The relay a client starts on: clients are spread over the relays. */
  portFor(clientIndex: number): number;
  /** Any live relay, to read the final state from. */
  readPort(): number;
  /** The disruptions still to come, in a random order: `relay` (SIGKILL one), `redis` (SIGKILL Redis). */
  readonly planned: readonly ('relay' | 'redis')[];
  /**
   * Inflicts the next planned disruption: a relay is SIGKILLed (its clients' proxies turn to another relay when
   * there is one) and restarted on its port; Redis is SIGKILLed and restarted from its append-only file.
   */
  disrupt(proxies: readonly { proxy: ChaosProxy; relay: number }[]): Promise<'relay' | 'redis' | null>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts one relay on SQLite (the default run), or `relays` relays on a real Redis. */
export async function startChaosRelays(options: ChaosRelayOptions): Promise<ChaosRelays> {
  const { random, log } = options;
  const cluster = await startRelayCluster({ relays: options.relays, redis: options.redis });
  const { redis, relays, folders, env } = cluster;
  const planned: ('relay' | 'redis')[] = redis ? ['relay', 'redis'] : ['relay'];
  if (redis && random.next() < 0.5) planned.reverse();

  const killRelay = async (proxies: readonly { proxy: ChaosProxy; relay: number }[]) => {
    const victim = random.integer(relays.length);
    const relay = relays[victim] as RelayChild;
    log(`chaos: SIGKILL relay ${victim}`);
    relay.process.kill('SIGKILL');
    await relay.exited;
    if (relays.length > 1) {
      const refuge = (victim + 1) % relays.length;
      for (const entry of proxies) {
        if (entry.relay !== victim) continue;
        entry.relay = refuge;
        entry.proxy.retarget((relays[refuge] as RelayChild).port);
        entry.proxy.resetAll();
      }
    }
    await sleep(500 + random.integer(1500));
    relays[victim] = await spawnRelay(folders[victim] as string, relay.port, 60_000, env);
    log(`chaos: relay ${victim} restarted`);
  };

  return {
    portFor: (clientIndex) => (relays[clientIndex % relays.length] as RelayChild).port,
    readPort: () => (relays[0] as RelayChild).port,
    planned,
    async disrupt(proxies) {
      const next = planned.shift() ?? null;
      if (next === 'relay') await killRelay(proxies);
      if (next === 'redis' && redis) {
        log('chaos: SIGKILL redis');
        await redis.stop('SIGKILL');
        await sleep(500 + random.integer(1500));
        await redis.restart();
        log('chaos: redis restarted');
      }
      return next;
    },
    stop: () => cluster.stop(),
  };
}
