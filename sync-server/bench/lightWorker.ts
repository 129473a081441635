import { sleep } from './benchClock.ts';
import { countReceipts } from './benchParticipant.ts';
import {
  addCloses,
  type ClientSpec,
  type FromWorker,
  type ToWorker,
  type WorkerReport,
} from './benchProtocol.ts';
import { LightClient } from './LightClient.ts';
import { LatencyHistogram } from './percentiles.ts';
import { TrafficMeter } from './trafficMeter.ts';

/** The relay bench's worker with light clients (LightClient: raw y-websocket frames, no Y.Doc). */
interface LightParticipant {
  spec: ClientSpec;
  client: LightClient;
  receiptCounts: Uint8Array;
}

const meter = new TrafficMeter();
const latencies = new LatencyHistogram();
const participants: LightParticipant[] = [];
let extensionMessages = 0;

function send(message: FromWorker): void {
  process.send?.(message);
}

function open(spec: ClientSpec, sequenceCount: number, presence: boolean, timeoutMs: number) {
  const receiptCounts = new Uint8Array(sequenceCount);
  const client = new LightClient({
    serverUrl: spec.serverUrl,
    room: spec.room,
    params: spec.params,
    presence: presence ? { participantId: spec.userId } : null,
    meter,
    timeoutMs,
    onExtensionMessage: () => extensionMessages++,
    onMarker: (sequence, sentAt, receivedAt) => {
      if (sequence < 0 || sequence >= sequenceCount) return;
      const previous = receiptCounts[sequence] ?? 0;
      if (previous === 0) latencies.record(receivedAt - sentAt);
      receiptCounts[sequence] = Math.min(255, previous + 1);
    },
  });
  participants.push({ spec, client, receiptCounts });
  return client.synced;
}

async function connect(message: Extract<ToWorker, { type: 'connect' }>) {
  const { clients, batchSize, sequenceCount, timeoutMs } = message;
  for (let start = 0; start < clients.length; start += batchSize) {
    const batch = clients.slice(start, start + batchSize);
    await Promise.all(batch.map((spec) => open(spec, sequenceCount, message.presence ?? true, timeoutMs)));
    await sleep(5);
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
    addCloses(closesAfterSync, participant.client.closesAfterSync());
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
  for (const participant of participants) participant.client.destroy();
  setTimeout(() => process.exit(exitCode), 100);
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'connect') {
    connect(message).catch((error: unknown) => send({ type: 'failed', message: String(error) }));
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
