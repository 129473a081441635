import { readFileSync } from 'node:fs';
import { FORWARD_TRACE_FIELDS, FORWARD_TRACE_GC } from '../src/observability/ForwardTrace.ts';
import { RECEIPT_FIELDS } from './KeystrokeReceipts.ts';
import { LatencyHistogram } from './percentiles.ts';

/** The stages of one keystroke's trip from a member to another member of its group. */
export const STAGES = ['up', 'relay', 'flush', 'down'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  up: "sender's send -> relay reads it",
  relay: 'relay applies and hands it to each socket',
  flush: 'until its corked socket writes leave (<= 2 ms, or end of turn)',
  down: "relay's write -> receiving member has it",
};

export interface StageFigures {
  p50: number;
  p99: number;
  max: number;
}

export interface ForwardBreakdown {
  /** Receipts joined with the relay's record of the same update, and those without one. */
  joined: number;
  unmatched: number;
  /** Each stage over every joined receipt. */
  stages: Record<Stage, StageFigures>;
  /** The receipts at or above the p99 of total latency: how much of their time each stage took. */
  tail: { thresholdMs: number; count: number; medianMs: Record<Stage, number>; share: Record<Stage, number> };
  /** Relay garbage collection while typing, by kind (perf_hooks names). */
  relayGc: Record<string, { count: number; totalMs: number; maxMs: number }>;
  /** Tail receipts whose trip overlapped a relay GC of at least 5 ms. */
  tailDuringRelayGc: number;
  /** Seconds of the typing window (from its start) holding the most tail receipts. */
  worstSeconds: Array<{ second: number; tailReceipts: number }>;
  /** p50 and p99 of total latency for each `TIMELINE_WINDOW_S` of typing, by the time a keystroke was typed. */
  timeline: Array<{ fromSecond: number; receipts: number; p50: number; p99: number }>;
  /**
   * Total latency of the keystrokes typed from `STEADY_AFTER_S` on. Typing starts on a relay whose
   * forwarding code has not run since the members connected: its throughput ramps up over the first
   * seconds (the trace shows it forwarding 5-70 % of the arrivals then, with 10-40 % of its time in
   * young-generation GC), and the backlog drains while it shares the cores.
   */
  steady: { p50: number; p99: number; receipts: number };
}

export const TIMELINE_WINDOW_S = 5;
/** The first seconds of typing hold the relay's cold start (see `steady`). */
export const STEADY_AFTER_S = 10;

const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weakcb' };

function readFloats(file: string): Float64Array {
  const bytes = readFileSync(file);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float64Array(copy.buffer, 0, Math.floor(bytes.byteLength / 8));
}

function figures(histogram: LatencyHistogram): StageFigures {
  const summary = histogram.summary();
  return { p50: summary.p50, p99: summary.p99, max: summary.max };
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Joins each keystroke receipt of the bench workers with the relay's forward trace (same client and end
 * clock) and splits its latency into stages: up (the sender's send until the relay's JavaScript reads
 * it: loopback, plus the time the relay's event loop was busy or off a CPU), relay (apply and send to
 * each socket), flush (the rest of that turn), down (the relay's write until the receiving member's
 * JavaScript has it: loopback, plus the time the receiving worker was busy or off a CPU).
 */
export function forwardBreakdown(
  relayTraceFile: string,
  receiptFiles: string[],
  typingWindow: { start: number; end: number },
): ForwardBreakdown {
  const trace = readFloats(relayTraceFile);
  const forwards = new Map<string, number>();
  const relayGc: ForwardBreakdown['relayGc'] = {};
  const gcSpans: Array<[number, number]> = [];
  for (let index = 0; index + FORWARD_TRACE_FIELDS <= trace.length; index += FORWARD_TRACE_FIELDS) {
    if (trace[index] === FORWARD_TRACE_GC) {
      const start = trace[index + 2] ?? 0;
      const duration = trace[index + 3] ?? 0;
      if (start < typingWindow.start || start > typingWindow.end) continue;
      const kind = GC_KINDS[trace[index + 1] ?? 0] ?? 'other';
      const entry = relayGc[kind] ?? { count: 0, totalMs: 0, maxMs: 0 };
      relayGc[kind] = entry;
      entry.count++;
      entry.totalMs += duration;
      entry.maxMs = Math.max(entry.maxMs, duration);
      if (duration >= 5) gcSpans.push([start, start + duration]);
      continue;
    }
    forwards.set(`${trace[index]}:${trace[index + 1]}`, index);
  }

  const histograms = Object.fromEntries(STAGES.map((stage) => [stage, new LatencyHistogram()])) as Record<
    Stage,
    LatencyHistogram
  >;
  const totals = new LatencyHistogram();
  const rows: Array<{ total: number; sentAt: number; receivedAt: number; stages: Record<Stage, number> }> =
    [];
  let unmatched = 0;
  for (const file of receiptFiles) {
    const receipts = readFloats(file);
    for (let index = 0; index + RECEIPT_FIELDS <= receipts.length; index += RECEIPT_FIELDS) {
      const at = forwards.get(`${receipts[index]}:${receipts[index + 1]}`);
      const sentAt = receipts[index + 2] ?? 0;
      const receivedAt = receipts[index + 3] ?? 0;
      if (at === undefined) {
        unmatched++;
        continue;
      }
      const relayReceived = trace[at + 2] ?? 0;
      const forwarded = trace[at + 3] ?? 0;
      const flushed = trace[at + 4] ?? forwarded;
      const stages: Record<Stage, number> = {
        up: relayReceived - sentAt,
        relay: forwarded - relayReceived,
        flush: flushed - forwarded,
        down: receivedAt - flushed,
      };
      for (const stage of STAGES) histograms[stage].record(stages[stage]);
      totals.record(receivedAt - sentAt);
      rows.push({ total: receivedAt - sentAt, sentAt, receivedAt, stages });
    }
  }

  const thresholdMs = totals.percentile(0.99);
  const tail = rows.filter((row) => row.total >= thresholdMs);
  const tailTotal = tail.reduce((sum, row) => sum + row.total, 0);
  const medianMs = {} as Record<Stage, number>;
  const share = {} as Record<Stage, number>;
  for (const stage of STAGES) {
    medianMs[stage] = median(tail.map((row) => row.stages[stage]));
    share[stage] = tail.reduce((sum, row) => sum + row.stages[stage], 0) / tailTotal;
  }
  const bySecond = new Map<number, number>();
  let tailDuringRelayGc = 0;
  for (const row of tail) {
    const second = Math.floor((row.sentAt - typingWindow.start) / 1000);
    bySecond.set(second, (bySecond.get(second) ?? 0) + 1);
    if (gcSpans.some(([start, end]) => start < row.receivedAt && end > row.sentAt)) tailDuringRelayGc++;
  }
  const windows = new Map<number, LatencyHistogram>();
  for (const row of rows) {
    const window = Math.floor((row.sentAt - typingWindow.start) / 1000 / TIMELINE_WINDOW_S);
    const histogram = windows.get(window) ?? new LatencyHistogram();
    windows.set(window, histogram);
    histogram.record(row.total);
  }
  const steadyHistogram = new LatencyHistogram();
  for (const row of rows) {
    if (row.sentAt - typingWindow.start >= STEADY_AFTER_S * 1000) steadyHistogram.record(row.total);
  }
  const steadySummary = steadyHistogram.summary();
  const timeline = [...windows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([window, histogram]) => {
      const summary = histogram.summary();
      return {
        fromSecond: window * TIMELINE_WINDOW_S,
        receipts: summary.count,
        p50: summary.p50,
        p99: summary.p99,
      };
    });
  const worstSeconds = [...bySecond.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([second, tailReceipts]) => ({ second, tailReceipts }));
  return {
    joined: rows.length,
    unmatched,
    stages: Object.fromEntries(STAGES.map((stage) => [stage, figures(histograms[stage])])) as Record<
      Stage,
      StageFigures
    >,
    tail: { thresholdMs, count: tail.length, medianMs, share },
    relayGc,
    tailDuringRelayGc,
    worstSeconds,
    timeline,
    steady: { p50: steadySummary.p50, p99: steadySummary.p99, receipts: steadySummary.count },
  };
}
