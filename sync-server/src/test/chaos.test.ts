import { seedFromEnvironment } from '@peerloom/test-kit';
import { describe, expect, it } from 'vitest';
import { runChaos } from './chaosScenario.ts';

describe('chaos: drops, cuts and SIGKILLs', () => {
  it('30 clients converge with the relay and lose no acknowledged change', async () => {
    const seed = seedFromEnvironment();
    const result = await runChaos({ clients: 30, seconds: 12, seed, maxCutSeconds: 5 });
    expect(result, `rerun with SEED=${seed}`).toMatchObject({ converged: true, lost: 0, relayKills: 1 });
    expect(result.cuts).toBeGreaterThan(0);
    expect(result.writes).toBeGreaterThan(100);
  }, 120_000);

  it('3 relays on Redis: clients spread over them converge through a relay SIGKILL and a Redis SIGKILL', async () => {
    const seed = seedFromEnvironment();
    const result = await runChaos({
      clients: 15,
      seconds: 12,
      seed,
      maxCutSeconds: 4,
      relays: 3,
      redis: true,
    });
    expect(result, `rerun with SEED=${seed}`).toMatchObject({
      converged: true,
      lost: 0,
      relayKills: 1,
      redisKills: 1,
    });
  }, 180_000);
});
