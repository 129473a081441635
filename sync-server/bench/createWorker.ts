import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { monotonicMs } from './benchClock.ts';
import { addCloses } from './benchProtocol.ts';
import type {
  CreateWorkerReport,
  FromCreateWorker,
  GroupSpec,
  LoopDelay,
  ToCreateWorker,
} from './createProtocol.ts';
import { KeystrokeReceipts } from './KeystrokeReceipts.ts';
import { LightTypingGroup } from './LightTypingGroup.ts';
import { LatencyHistogram } from './percentiles.ts';
import { StallMonitor, type StallReport } from './StallMonitor.ts';
import { TypingGroup } from './TypingGroup.ts';
import { TrafficMeter } from './trafficMeter.ts';
import { warmUpMemberCode } from './warmUpMemberCode.ts';

const CONNECT_BATCH = 5;
const meter = new TrafficMeter();
const latencies = new LatencyHistogram();
const receipts = new KeystrokeReceipts();
const groups: (TypingGroup | LightTypingGroup)[] = [];
let loopDelay: LoopDelay = { p50: Number.NaN, p99: Number.NaN, max: Number.NaN };
let stalls: StallReport | null = null;

// The first hrtime.bigint() call loads lazily and can take milliseconds: not on a keystroke.
monotonicMs();
// Every provider adds a process 'exit' listener.
process.setMaxListeners(0);

function send(message: FromCreateWorker): void {
  process.send?.(message);
}

async function connect(specs: GroupSpec[], timeoutMs: number, light: boolean) {
  for (let start = 0; start < specs.length; start += CONNECT_BATCH) {
    const batch = specs
      .slice(start, start + CONNECT_BATCH)
      .map((spec) =>
        light
          ? new LightTypingGroup(spec, meter, latencies, receipts, timeoutMs)
          : new TypingGroup(spec, meter, latencies, receipts, timeoutMs, () => {}),
      );
    groups.push(...batch);
    await Promise.all(batch.map((group) => group.connect()));
  }
  warmUpMemberCode();
  send({ type: 'connected', clients: groups.reduce((total, group) => total + group.spec.members.length, 0) });
}

async function type(durationSeconds: number, keysPerSecond: number) {
  meter.phase = 'write';
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const monitor = new StallMonitor();
  await Promise.all(groups.map((group) => group.type(durationSeconds, keysPerSecond)));
  stalls = monitor.stop();
  delay.disable();
  loopDelay = { p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
  meter.phase = 'drain';
  send({ type: 'typed' });
}

function report(traceDir: string): CreateWorkerReport {
  if (!stalls) throw new Error('report asked before typing');
  const receiptsFile = join(traceDir, `receipts-${process.pid}.bin`);
  const closesAfterSync: Record<string, number> = {};
  const typed: Record<number, number[]> = {};
  let lost = 0;
  for (const group of groups) {
    for (const closes of group.closesAfterSync()) addCloses(closesAfterSync, closes);
    typed[group.spec.groupIndex] = group.typed();
    lost += group.lost();
  }
  writeFileSync(receiptsFile, receipts.toBytes());
  return {
    loopDelay,
    stalls,
    latency: latencies.toData(),
    typed,
    lost,
    sockets: groups.reduce((total, group) => total + group.sockets, 0),
    closesAfterSync,
    clients: groups.reduce((total, group) => total + group.spec.members.length, 0),
    traffic: meter.byPhase,
    receiptsFile,
  };
}

function stop(exitCode: number): void {
  for (const group of groups) group.destroy();
  setTimeout(() => process.exit(exitCode), 100);
}

const fail = (error: unknown) => send({ type: 'failed', message: String(error) });

process.on('message', (message: ToCreateWorker) => {
  if (message.type === 'connect') connect(message.groups, message.timeoutMs, message.light).catch(fail);
  else if (message.type === 'type') type(message.durationSeconds, message.keysPerSecond).catch(fail);
  else if (message.type === 'report') send({ type: 'report', report: report(message.traceDir) });
  else if (message.type === 'stop') stop(0);
});
process.on('disconnect', () => stop(1));
send({ type: 'ready' });
