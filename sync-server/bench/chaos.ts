import { seedFromEnvironment } from '@peerloom/test-kit';
import { runChaos } from '../src/test/chaosScenario.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) ? value : fallback;
}

const seed = option('seed', seedFromEnvironment());
const result = await runChaos({
  clients: option('clients', 30),
  seconds: option('seconds', 90),
  seed,
  maxCutSeconds: option('max-cut', 30),
  relays: option('relays', 1),
  redis: process.argv.includes('--redis'),
  log: (line) => process.stdout.write(`${line}\n`),
});
process.stdout.write(
  `clients ${result.clients}, writes ${result.writes}, cuts ${result.cuts}, relay kills ${result.relayKills}, ` +
    `redis kills ${result.redisKills}\n` +
    `converged ${result.converged}, lost acknowledged changes ${result.lost}, ${result.seconds} s, seed ${seed}\n`,
);
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(result.converged && result.lost === 0 ? 0 : 1);
