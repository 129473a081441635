import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installChildCleanup, killTrackedChildren } from './childProcesses.ts';
import { type CreateOptions, parseCreateOptions } from './createOptions.ts';
import type { LoopDelay } from './createProtocol.ts';
import type { CreateResult } from './createResult.ts';
import { formatBreakdown, waitingPercent } from './formatCreateBreakdown.ts';
import { STAGES, STEADY_AFTER_S } from './forwardBreakdown.ts';
import { runCreateScenario } from './runCreateScenario.ts';
import type { StallReport } from './StallMonitor.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

function rssPerClientKb(result: CreateResult): number {
  return (result.loadedMemory.rssKb - result.idleMemory.rssKb) / result.clients;
}

/** The JSON figures of one relay, under the keys issue 11 names. */
function summary(result: CreateResult) {
  const devices = result.connectionsPerDevice;
  return {
    clients: result.clients,
    groups: result.groups,
    p50_ms: round(result.latency.p50),
    p99_ms: round(result.latency.p99),
    lost: result.lostByMembers + result.lostByViewers,
    rss_per_client_kb: round(rssPerClientKb(result)),
    relay_cpu_percent: round(result.relayCpuPercent, 0),
    connections_per_device: Math.max(devices.participant, devices.facilitator, devices.projector),
    connections_by_device: devices,
    keystrokes: result.keystrokes,
    reconnects: Object.values(result.closes).reduce((sum, count) => sum + count, 0),
    loop_delay_p99_ms: {
      relay: result.loopDelay.relay ? round(result.loopDelay.relay.p99) : null,
      busiest_worker: round(result.loopDelay.workers.p99),
    },
    latency_breakdown: result.breakdown
      ? {
          stage_p99_ms: Object.fromEntries(
            STAGES.map((stage) => [stage, round(result.breakdown?.stages[stage].p99 ?? Number.NaN)]),
          ),
          tail_threshold_ms: round(result.breakdown.tail.thresholdMs),
          steady_from_s: STEADY_AFTER_S,
          steady_p50_ms: round(result.breakdown.steady.p50),
          steady_p99_ms: round(result.breakdown.steady.p99),
          tail_share: Object.fromEntries(
            STAGES.map((stage) => [stage, round(result.breakdown?.tail.share[stage] ?? Number.NaN, 2)]),
          ),
        }
      : null,
    waiting_for_cpu_percent: {
      relay: round(waitingPercent(result.scheduling.relay.main, result.typingSeconds)),
      busiest_worker: round(
        Math.max(
          ...result.scheduling.workers.map((worker) => waitingPercent(worker.main, result.typingSeconds)),
        ),
      ),
      orchestrator: round(waitingPercent(result.scheduling.orchestrator.main, result.typingSeconds)),
    },
    machine_cpu_pressure_percent: result.cpuPressure === null ? null : round(100 * result.cpuPressure),
    load_average: result.loadAverage.map((load) => round(load, 2)),
    nice: { server: result.serverNice, viewers: result.viewerNice },
  };
}

function formatDelay(delay: LoopDelay | null): string {
  if (!delay) return '-';
  return [delay.p50, delay.p99, delay.max].map((value) => value.toFixed(0)).join('/');
}

function formatStalls(stalls: StallReport): string {
  return (
    `${stalls.stalls}/${stalls.stallMaxMs.toFixed(0)}/${stalls.stallTotalMs.toFixed(0)}/${stalls.stallGcMs.toFixed(0)}` +
    ` GC ${stalls.gcTotalMs.toFixed(0)}/${stalls.gcMaxMs.toFixed(0)}/${stalls.majorGcs}`
  );
}

function formatGc(gc: CreateResult['relayGc']): string {
  if (!gc) return '-';
  return Object.entries(gc)
    .filter(([, entry]) => entry.count > 0)
    .map(([kind, entry]) => `${kind} ${entry.count}x ${entry.totalMs.toFixed(0)}ms`)
    .join(', ');
}

function formatTable(results: CreateResult[], options: CreateOptions): string {
  const rows: Array<[string, (result: CreateResult) => string]> = [
    ['keystrokes typed', (result) => String(result.keystrokes)],
    ['propagation p50 (ms)', (result) => result.latency.p50.toFixed(1)],
    ['propagation p90 (ms)', (result) => result.latency.p90.toFixed(1)],
    ['propagation p99 (ms)', (result) => result.latency.p99.toFixed(1)],
    ['propagation max (ms)', (result) => result.latency.max.toFixed(1)],
    ['receipts by other members', (result) => String(result.latency.count)],
    ['lost by members', (result) => String(result.lostByMembers)],
    ['lost by facilitator + projector', (result) => String(result.lostByViewers)],
    ['close codes after sync', (result) => JSON.stringify(result.closes)],
    ['relay event-loop delay p50/p99/max (ms)', (result) => formatDelay(result.loopDelay.relay)],
    ['busiest worker event-loop delay p50/p99/max', (result) => formatDelay(result.loopDelay.workers)],
    [
      'viewers (orchestrator) event-loop delay p50/p99/max',
      (result) => formatDelay(result.loopDelay.orchestrator),
    ],
    [
      'busiest worker stalls >50ms n/max/total/in GC (ms), GC total/max/major',
      (result) => formatStalls(result.stalls.worker),
    ],
    ['orchestrator stalls (same)', (result) => formatStalls(result.stalls.orchestrator)],
    ['relay GC while typing', (result) => formatGc(result.relayGc)],
    ['relay CPU typing (% of a core)', (result) => result.relayCpuPercent.toFixed(0)],
    [
      'relay CPU ms per keystroke',
      (result) => ((result.relayCpuPercent * result.typingSeconds * 10) / result.keystrokes).toFixed(3),
    ],
    [
      'relay messages in/out per keystroke',
      (result) =>
        result.relayMessagesPerKeystroke
          ? `${result.relayMessagesPerKeystroke.in.toFixed(1)}/${result.relayMessagesPerKeystroke.out.toFixed(1)}`
          : '-',
    ],
    ['clients CPU typing (% of a core)', (result) => result.clientsCpuPercent.toFixed(0)],
    ['relay RSS idle (MB)', (result) => (result.idleMemory.rssKb / 1024).toFixed(1)],
    ['relay RSS loaded (MB)', (result) => (result.loadedMemory.rssKb / 1024).toFixed(1)],
    ['relay RSS after typing (MB)', (result) => (result.typedMemory.rssKb / 1024).toFixed(1)],
    ['relay RSS per client (KB)', (result) => rssPerClientKb(result).toFixed(1)],
    [
      'connections participant/facilitator/projector',
      (result) => Object.values(result.connectionsPerDevice).join('/'),
    ],
    ['members sync bytes/s (typing)', (result) => result.memberSyncBytesPerSecond.toFixed(0)],
    ['members presence bytes/s (typing)', (result) => result.memberPresenceBytesPerSecond.toFixed(0)],
    ['connect + sync all (s)', (result) => result.connectSeconds.toFixed(1)],
    ['relay anomaly counters', (result) => JSON.stringify(result.relayAnomalies ?? '-')],
    ['load average start/end', (result) => result.loadAverage.map((load) => load.toFixed(2)).join('/')],
    [
      "nice: server / viewers (members: the bench's own)",
      (result) => `${result.serverNice}/${result.viewerNice}`,
    ],
  ];
  const header = ['', ...results.map((result) => result.relay)];
  const table = [header, ...rows.map(([label, value]) => [label, ...results.map(value)])];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  return [
    `Create benchmark: ${options.groups} groups x ${options.membersPerGroup} members, each typing ` +
      `${options.keysPerSecond} characters/s into its group's production for ${options.durationSeconds} s ` +
      `(+${options.drainSeconds} s drain), caret moved on every keystroke; the facilitator's progress view ` +
      'and the projector read every group document.',
    ...results.map((result) => `  ${result.relay}: ${result.description}`),
    '  Participants: one socket per document (control, room, group). The facilitator and the projector: control',
    '  and room sockets, and the group documents over ONE hub socket on ours (sync-client openDocumentHub, as',
    '  useProductionsProgress does); the stock server has no hub, so one socket per group document there.',
    '  CPU priority (benchPriority.ts, when root): each server above the members, the facilitator and projector',
    "  below them, as a venue's devices compute on their own CPUs; --same-priority runs them all as equals.",
    '',
    ...table.map((cells) =>
      cells
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    ),
    '',
    "Propagation = arrival of a keystroke in another member's copy minus the time it was typed: both members live",
    'in the same worker process, so one clock (CLOCK_MONOTONIC) times both ends. It includes the time the keystroke',
    "waits in the sending and receiving worker's event loop: a worker's event-loop delay is the bench's own",
    "saturation (300 stock clients on this machine's cores), the relay's is the relay's.",
    'RSS per client = (relay RSS with everyone connected - RSS before any socket) / participants; each RSS after',
    "forced full GCs in every thread of the relay (main, storage writer, tsx's loader) through its inspector,",
    'repeated until two samples 8 s apart agree within 1 MB (the idle baseline has every thread up and settled).',
    ...results.flatMap(formatBreakdown),
    ...results.flatMap((result) =>
      result.relayProfileTop
        ? ['', `${result.relay}: relay self time while typing (top functions):`, ...result.relayProfileTop]
        : [],
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  let options: CreateOptions;
  try {
    options = parseCreateOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  installChildCleanup();
  process.setMaxListeners(0);
  const deadlineSeconds = (300 + options.durationSeconds * 2) * options.relays.length;
  setTimeout(() => {
    progress(`deadline of ${deadlineSeconds} s passed, stopping`);
    killTrackedChildren();
    process.exit(3);
  }, deadlineSeconds * 1000);
  const results: CreateResult[] = [];
  const failures: Array<{ relay: string; error: string }> = [];
  for (const relay of options.relays) {
    progress(`${relay}: starting`);
    try {
      results.push(await runCreateScenario(relay, options, REPO_ROOT, progress));
    } catch (error) {
      // A relay that cannot carry the load is a result too; the other relay's figures still print.
      progress(`${relay}: failed: ${String(error)}`);
      failures.push({ relay, error: String(error) });
    }
  }
  process.stdout.write(`${formatTable(results, options)}\n`);
  for (const failure of failures) process.stdout.write(`${failure.relay} failed: ${failure.error}\n`);
  const primary = results.find((result) => result.relay === options.relays[0]);
  if (!primary) process.exit(1);
  const peer = results.find((result) => result !== primary);
  const peerFailure = failures.find((failure) => failure.relay !== primary.relay);
  const peerSummary = peer ? summary(peer) : peerFailure ? { failed: peerFailure.error } : null;
  const members = options.light ? 'raw y-websocket frames (--light)' : 'full Yjs clients';
  process.stdout.write(`${JSON.stringify({ ...summary(primary), members, peer: peerSummary })}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  killTrackedChildren();
  process.exit(1);
});
