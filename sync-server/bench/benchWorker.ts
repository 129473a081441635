import { sleep } from './benchClock.ts';
import { observeBenchMap } from './benchParticipant.ts';
import { openSyncedProvider } from './openSyncedProvider.ts';
import { LatencyHistogram } from './percentiles.ts';
import { serveBenchWorker, type WorkerClient } from './serveBenchWorker.ts';
import { TrafficMeter } from './trafficMeter.ts';

/** The relay bench's worker with full clients: a stock y-websocket provider and a Y.Doc each. */
const meter = new TrafficMeter();
const latencies = new LatencyHistogram();
const clients: WorkerClient[] = [];
let extensionMessages = 0;

// Every provider adds a process 'exit' listener.
process.setMaxListeners(0);

serveBenchWorker({
  meter,
  latencies,
  clients,
  extensionMessages: () => extensionMessages,
  async connect({ clients: specs, batchSize, sequenceCount, timeoutMs }) {
    for (let start = 0; start < specs.length; start += batchSize) {
      const batch = specs.slice(start, start + batchSize).map((spec) => {
        const connection = openSyncedProvider(spec, meter, () => extensionMessages++, timeoutMs);
        const participant = observeBenchMap(spec, connection, sequenceCount, latencies);
        clients.push({
          spec,
          receiptCounts: participant.receiptCounts,
          closesAfterSync: () => connection.closesAfterSync(),
          destroy: () => connection.destroy(),
        });
        return connection.synced;
      });
      await Promise.all(batch);
      await sleep(20);
    }
  },
});
