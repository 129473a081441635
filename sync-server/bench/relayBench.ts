import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchOptions } from './benchOptions.ts';
import { installChildCleanup, killTrackedChildren } from './childProcesses.ts';
import type { RelayResult } from './collectResults.ts';
import { formatComparison, summaryFields } from './printReport.ts';
import { runRelayScenario } from './runRelayScenario.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

/** Generous upper bound for one relay's run, so that a stuck run still ends by itself. */
function deadlineSeconds(options: ReturnType<typeof parseBenchOptions>): number {
  const total = options.clients * options.sessions;
  const perRelay =
    120 + total * 0.3 + options.settleSeconds + options.presenceWindowSeconds + options.durationSeconds;
  return (perRelay + options.drainSeconds) * options.relays.length;
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseBenchOptions>;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  installChildCleanup();
  // Every facilitator provider adds a process 'exit' listener.
  process.setMaxListeners(0);
  const deadline = deadlineSeconds(options);
  setTimeout(() => {
    progress(`deadline of ${deadline.toFixed(0)} s passed, stopping`);
    killTrackedChildren();
    process.exit(3);
  }, deadline * 1000);

  const results: RelayResult[] = [];
  for (const relay of options.relays) {
    progress(`${relay}: starting`);
    results.push(await runRelayScenario(relay, options, REPO_ROOT, progress));
  }
  process.stdout.write(`${formatComparison(results, options)}\n`);
  const [primary] = results;
  if (!primary) return;
  const unguarded = results.find((result) => result.relay === 'unguarded' && result !== primary) ?? null;
  const peer = results.find((result) => result.relay === 'stock' && result !== primary) ?? null;
  const summary = {
    ...summaryFields(primary),
    // The guard's cost: the same load on our relay with participants' room writes unchecked.
    unguarded_p50_ms: unguarded ? summaryFields(unguarded).p50_ms : null,
    unguarded_p99_ms: unguarded ? summaryFields(unguarded).p99_ms : null,
    unguarded: unguarded ? summaryFields(unguarded) : null,
    peer: peer ? summaryFields(peer) : null,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  killTrackedChildren();
  process.exit(1);
});
