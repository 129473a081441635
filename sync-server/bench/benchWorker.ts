import { sleep } from './benchClock.ts';
import { type BenchParticipant, countReceipts, observeBenchMap } from './benchParticipant.ts';
import {
  addCloses,
  type ClientSpec,
  type FromWorker,
  type ToWorker,
  type WorkerReport,
} from './benchProtocol.ts';
import { openSyncedProvider } from './openSyncedProvider.ts';
import { LatencyHistogram } from './percentiles.ts';
import { TrafficMeter } from './trafficMeter.ts';

const meter = new TrafficMeter();
const latencies = new LatencyHistogram();
const participants: BenchParticipant[] = [];
let extensionMessages = 0;

// Every provider adds a process 'exit' listener.
process.setMaxListeners(0);

function send(message: FromWorker): void {
  process.send?.(message);
}

async function connect(specs: ClientSpec[], sequenceCount: number, batchSize: number, timeoutMs: number) {
  for (let start = 0; start < specs.length; start += batchSize) {
    const batch = specs.slice(start, start + batchSize).map((spec) => {
      const connection = openSyncedProvider(spec, meter, () => extensionMessages++, timeoutMs);
      participants.push(observeBenchMap(spec, connection, sequenceCount, latencies));
      return connection.synced;
    });
    await Promise.all(batch);
    await sleep(20);
  }
  send({ type: 'connected', clients: participants.length });
}

function report(sentPerSession: number[]): WorkerReport {
  let lost = 0;
  let duplicated = 0;
  const closesAfterSync: Record<string, number> = {};
  for (const participant of participants) {
    const counts = countReceipts(participant, sentPerSession[participant.spec.sessionIndex] ?? 0);
    lost += counts.lost;
    duplicated += counts.duplicated;
    addCloses(closesAfterSync, participant.connection.closesAfterSync());
  }
  return {
    latency: latencies.toData(),
    lost,
    duplicated,
    traffic: meter.byPhase,
    closesAfterSync,
    extensionMessages,
    clients: participants.length,
  };
}

function stop(exitCode: number): void {
  for (const participant of participants) participant.connection.destroy();
  setTimeout(() => process.exit(exitCode), 100);
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'connect') {
    connect(message.clients, message.sequenceCount, message.batchSize, message.timeoutMs).catch(
      (error: unknown) => send({ type: 'failed', message: String(error) }),
    );
  } else if (message.type === 'phase') {
    meter.phase = message.phase;
    send({ type: 'phase', phase: message.phase });
  } else if (message.type === 'report') {
    send({ type: 'report', report: report(message.sentPerSession) });
  } else if (message.type === 'stop') {
    stop(0);
  }
});
process.on('disconnect', () => stop(1));
send({ type: 'ready' });
