import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultWorkers, parseBenchOptions } from './benchOptions.ts';
import {
  type CapacityRow,
  capacityRows,
  failedRow,
  formatCapacity,
  largestCarried,
} from './capacityTable.ts';
import { installChildCleanup, killTrackedChildren } from './childProcesses.ts';
import type { RelayResult } from './collectResults.ts';
import { formatStartup, measureStartup, type StartupVariant } from './measureStartup.ts';
import { median } from './percentiles.ts';
import { formatComparison, summaryFields } from './printReport.ts';
import { runRelayScenario } from './runRelayScenario.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

/** Generous upper bound for the whole run, so that a stuck run still ends by itself. */
function deadlineSeconds(options: ReturnType<typeof parseBenchOptions>): number {
  return options.sessionCounts.reduce(
    (total, sessions) => {
      const clients = options.clients * sessions;
      const perRelay =
        180 + clients * 0.3 + options.settleSeconds + options.presenceWindowSeconds + options.durationSeconds;
      return total + (perRelay + options.drainSeconds) * options.relays.length;
    },
    options.startupRuns * 5 * 60,
  );
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

  let startup: StartupVariant[] = [];
  if (options.startupRuns > 0) {
    progress(`start-up: ${options.startupRuns} start(s) of each way to run a relay`);
    const loadBefore = loadavg()[0] ?? Number.NaN;
    startup = await measureStartup(REPO_ROOT, options.startupRuns);
    process.stdout.write(`${formatStartup(startup, [loadBefore, loadavg()[0] ?? Number.NaN])}\n\n`);
  }
  const runs: RelayResult[][] = [];
  const failures: CapacityRow[] = [];
  for (const sessions of options.sessionCounts) {
    const workers = options.workersFixed
      ? options.workers
      : defaultWorkers(options.clients * sessions, options.light);
    const runOptions = { ...options, sessions, workers };
    const results: RelayResult[] = [];
    for (const relay of options.relays) {
      progress(`${relay}: starting (${sessions} session(s))`);
      try {
        results.push(await runRelayScenario(relay, runOptions, REPO_ROOT, progress));
      } catch (error) {
        // A relay that cannot carry a load is a result too: the other relays and counts still run.
        const reason = error instanceof Error ? error.message : String(error);
        progress(`${relay}: ${sessions} session(s) failed: ${reason}`);
        failures.push(failedRow(relay, sessions, options.clients * sessions, reason));
      }
    }
    if (results.length > 0) process.stdout.write(`${formatComparison(results, runOptions)}\n\n`);
    runs.push(results);
  }
  const capacity = [...capacityRows(runs.flat()), ...failures].sort(
    (left, right) => left.sessions - right.sessions,
  );
  process.stdout.write(`${formatCapacity(capacity, options.clients)}\n`);
  const [results = []] = runs;
  const [primary] = results;
  if (!primary) return;
  const unguarded = results.find((result) => result.relay === 'unguarded' && result !== primary) ?? null;
  const peer = results.find((result) => result.relay === 'stock' && result !== primary) ?? null;
  const ours = results.find((result) => result.relay === 'ours') ?? null;
  const cpuRatio = ours && peer ? ours.relayCpuSecondsWriting / peer.relayCpuSecondsWriting : null;
  if (cpuRatio !== null) {
    process.stdout.write(
      `Relay CPU for the same ${options.durationSeconds} s of writes (${primary.sessions} session(s)): ours / stock =` +
        ` ${ours?.relayCpuSecondsWriting.toFixed(2)} s / ${peer?.relayCpuSecondsWriting.toFixed(2)} s = ${cpuRatio.toFixed(2)}\n`,
    );
  }
  const cluster = results.find((result) => result.relay === 'cluster') ?? null;
  const ratio = (top: number | undefined, bottom: number | undefined) =>
    top !== undefined && bottom !== undefined && bottom > 0 ? Number((top / bottom).toFixed(2)) : null;
  const clusterP99Ratio = ratio(cluster?.latency.p99, ours?.latency.p99);
  if (cluster && ours) {
    process.stdout.write(
      `Scale-out (${primary.sessions} session(s)): ${options.clusterRelays} relays on Redis / 1 relay on SQLite: p99` +
        ` ${cluster.latency.p99.toFixed(1)} / ${ours.latency.p99.toFixed(1)} ms = ${clusterP99Ratio} (goal <= 2),` +
        ` lost ${cluster.lost} / ${ours.lost}, relay CPU ${cluster.relayCpuSecondsWriting.toFixed(2)} s` +
        ` (+ redis-server ${cluster.redisCpuSecondsWriting?.toFixed(2)} s) / ${ours.relayCpuSecondsWriting.toFixed(2)} s\n`,
    );
  }
  const summary = {
    ...summaryFields(primary),
    // The guard's cost: the same load on our relay with participants' room writes unchecked.
    unguarded_p50_ms: unguarded ? summaryFields(unguarded).p50_ms : null,
    unguarded_p99_ms: unguarded ? summaryFields(unguarded).p99_ms : null,
    unguarded: unguarded ? summaryFields(unguarded) : null,
    peer: peer ? summaryFields(peer) : null,
    startup: Object.fromEntries(
      startup.map((variant) => [
        variant.name,
        {
          start_ms: Math.round(median(variant.startMs)),
          rss_mb: Number((median(variant.rssKb) / 1024).toFixed(1)),
        },
      ]),
    ),
    cpu_ratio_vs_stock: cpuRatio === null ? null : Number(cpuRatio.toFixed(2)),
    cpu_ratio_presence: options.light ? (options.presence ? 'on' : 'off') : 'stock clients',
    cluster: cluster ? summaryFields(cluster) : null,
    cluster_relays: cluster ? options.clusterRelays : null,
    cluster_p50_ratio: ratio(cluster?.latency.p50, ours?.latency.p50),
    cluster_p99_ratio: clusterP99Ratio,
    cluster_lost: cluster ? cluster.lost : null,
    cluster_cpu_ratio: ratio(cluster?.relayCpuSecondsWriting, ours?.relayCpuSecondsWriting),
    cluster_rss_per_client_ratio: ratio(cluster?.rssPerClientKb, ours?.rssPerClientKb),
    capacity,
    largest_sessions_p99_ok: Object.fromEntries(
      options.relays.map((relay) => [relay, largestCarried(capacity, relay)]),
    ),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  killTrackedChildren();
  process.exit(1);
});
