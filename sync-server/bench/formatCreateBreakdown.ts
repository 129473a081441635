import type { CreateResult } from './createResult.ts';
import { STAGE_LABELS, STAGES, STEADY_AFTER_S, TIMELINE_WINDOW_S } from './forwardBreakdown.ts';
import type { ProcessScheduling } from './measureScheduling.ts';

/** Share (%) of `seconds` that a thread spent waiting for a CPU. */
export function waitingPercent(times: ProcessScheduling['main'], seconds: number): number {
  return times.waitMs / (10 * seconds);
}

function formatScheduling(scheduling: ProcessScheduling, seconds: number): string {
  const percent = (milliseconds: number) => (milliseconds / (10 * seconds)).toFixed(0);
  return `${percent(scheduling.main.runMs)}/${percent(scheduling.main.waitMs)}`;
}

/** One sentence naming where the tail sits, from the stage shares and the relay's CPU and run-queue wait. */
function reading(result: CreateResult, breakdown: NonNullable<CreateResult['breakdown']>): string {
  const percent = (value: number) => `${(100 * value).toFixed(0)} %`;
  const relayRan = result.scheduling.relay.main.runMs / (1000 * result.typingSeconds);
  const relayWaited = result.scheduling.relay.main.waitMs / (1000 * result.typingSeconds);
  const share = breakdown.tail.share;
  const where =
    relayWaited > relayRan
      ? 'time off the CPU: more threads wanted to run than there are cores, and the relay waited more than it ran'
      : relayRan > 0.8
        ? "the relay's event loop itself: it was busy most of the time"
        : 'neither the relay being busy nor it waiting for a CPU dominates: see the stages';
  return (
    `reading: relay work per keystroke p99 ${breakdown.stages.relay.p99.toFixed(1)} ms; the tail waits for the relay ` +
    `to read it (up ${percent(share.up)}, flush ${percent(share.flush)}) and for the receiving member (down ` +
    `${percent(share.down)}); relay main thread ran ${percent(relayRan)} and waited for a CPU ${percent(relayWaited)} ` +
    `of the typing time: ${where}.`
  );
}

/** Where each keystroke's time went, and which processes waited for a CPU, for the primary relay. */
/** bench:create's keystroke split by stage, with the processes' CPU and run-queue wait, as printed lines. */
export function formatBreakdown(result: CreateResult): string[] {
  const seconds = result.typingSeconds;
  const { scheduling } = result;
  const pressure =
    result.cpuPressure === null
      ? ''
      : `; the machine had a task waiting for a CPU ${(100 * result.cpuPressure).toFixed(0)} % of the time (PSI)`;
  const schedulingLines = [
    `${result.relay}: CPU and run-queue wait while typing, % of the typing time (run/waiting for a CPU)${pressure}:`,
    `  relay main thread ${formatScheduling(scheduling.relay, seconds)}, relay other threads (storage writer, ` +
      `GC helpers, libuv) ${formatScheduling({ main: scheduling.relay.others, others: scheduling.relay.others }, seconds)}`,
    `  bench workers' main threads ${scheduling.workers.map((worker) => formatScheduling(worker, seconds)).join(', ')};` +
      ` orchestrator (facilitator + projector) ${formatScheduling(scheduling.orchestrator, seconds)}`,
  ];
  const breakdown = result.breakdown;
  if (!breakdown) return ['', ...schedulingLines];
  const width = Math.max(...STAGES.map((stage) => `${stage}: ${STAGE_LABELS[stage]}`.length));
  const cell = (value: number) => value.toFixed(1).padStart(8);
  const tail = breakdown.tail;
  const gc = Object.entries(breakdown.relayGc)
    .map(
      ([kind, entry]) =>
        `${kind} ${entry.count}x ${entry.totalMs.toFixed(0)} ms (max ${entry.maxMs.toFixed(0)})`,
    )
    .join(', ');
  const largest = [...STAGES].sort((a, b) => tail.share[b] - tail.share[a])[0] ?? 'down';
  return [
    '',
    `${result.relay}: where a keystroke's time goes (the relay's forward trace joined with ${breakdown.joined} receipts,` +
      ` ${breakdown.unmatched} unmatched; all times on CLOCK_MONOTONIC):`,
    `${'stage'.padEnd(width)}       p50       p99       max  tail median  tail share`,
    ...STAGES.map(
      (stage) =>
        `${`${stage}: ${STAGE_LABELS[stage]}`.padEnd(width)}  ${cell(breakdown.stages[stage].p50)}  ` +
        `${cell(breakdown.stages[stage].p99)}  ${cell(breakdown.stages[stage].max)}  ` +
        `${cell(tail.medianMs[stage]).padStart(11)}  ${`${(100 * tail.share[stage]).toFixed(0)} %`.padStart(10)}`,
    ),
    `tail = the ${tail.count} receipts at or over the p99 (${tail.thresholdMs.toFixed(1)} ms); largest share: ${largest};` +
      ` ${breakdown.tailDuringRelayGc} of them overlap a relay GC of 5 ms or more.`,
    `seconds of typing with the most tail receipts: ${breakdown.worstSeconds.map((entry) => `${entry.second} s (${entry.tailReceipts})`).join(', ')}`,
    `p50/p99 (ms) by ${TIMELINE_WINDOW_S} s of typing: ${breakdown.timeline
      .map((window) => `${window.fromSecond}s ${window.p50.toFixed(0)}/${window.p99.toFixed(0)}`)
      .join(', ')}`,
    `keystrokes typed from ${STEADY_AFTER_S} s on (${breakdown.steady.receipts} receipts): p50 ` +
      `${breakdown.steady.p50.toFixed(1)} ms, p99 ${breakdown.steady.p99.toFixed(1)} ms; the first seconds hold the ` +
      "relay's cold start (its forwarding code idle since the members connected: throughput ramps up, young GC grows)",
    `relay GC while typing (perf_hooks): ${gc || 'none'}`,
    ...schedulingLines,
    reading(result, breakdown),
  ];
}
