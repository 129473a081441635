import { sleep } from './benchClock.ts';
import type { ClientSpec } from './benchProtocol.ts';
import { LightClient } from './LightClient.ts';
import { LatencyHistogram } from './percentiles.ts';
import { serveBenchWorker, type WorkerClient } from './serveBenchWorker.ts';
import { TrafficMeter } from './trafficMeter.ts';

/** The relay bench's worker with light clients (LightClient: raw y-websocket frames, no Y.Doc). */
const meter = new TrafficMeter();
const latencies = new LatencyHistogram();
const clients: WorkerClient[] = [];
let extensionMessages = 0;

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
  clients.push({
    spec,
    receiptCounts,
    closesAfterSync: () => client.closesAfterSync(),
    destroy: () => client.destroy(),
  });
  return client.synced;
}

serveBenchWorker({
  meter,
  latencies,
  clients,
  extensionMessages: () => extensionMessages,
  async connect({ clients: specs, batchSize, sequenceCount, timeoutMs, presence }) {
    for (let start = 0; start < specs.length; start += batchSize) {
      const batch = specs.slice(start, start + batchSize);
      await Promise.all(batch.map((spec) => open(spec, sequenceCount, presence ?? true, timeoutMs)));
      await sleep(5);
    }
  },
});
