import { countReceipts } from './benchParticipant.ts';
import {
  addCloses,
  type ClientSpec,
  type FromWorker,
  type ToWorker,
  type WorkerReport,
} from './benchProtocol.ts';
import type { LatencyHistogram } from './percentiles.ts';
import type { TrafficMeter } from './trafficMeter.ts';

/** What a relay-bench worker reports of each of its clients. */
export interface WorkerClient {
  spec: ClientSpec;
  receiptCounts: Uint8Array;
  closesAfterSync(): Record<string, number>;
  destroy(): void;
}

export interface BenchWorkerParts {
  meter: TrafficMeter;
  latencies: LatencyHistogram;
  clients: WorkerClient[];
  extensionMessages(): number;
  /** Opens the clients of a `connect` message, adding each to `clients`. */
  connect(message: Extract<ToWorker, { type: 'connect' }>): Promise<void>;
}

/** Answers the orchestrator's messages (connect, phase, report, stop) over IPC for a relay-bench worker process. */
export function serveBenchWorker(parts: BenchWorkerParts): void {
  const send = (message: FromWorker) => process.send?.(message);
  const report = (sentPerSession: number[]): WorkerReport => {
    let lost = 0;
    let duplicated = 0;
    const closesAfterSync: Record<string, number> = {};
    for (const client of parts.clients) {
      const counts = countReceipts(client, sentPerSession[client.spec.sessionIndex] ?? 0);
      lost += counts.lost;
      duplicated += counts.duplicated;
      addCloses(closesAfterSync, client.closesAfterSync());
    }
    return {
      latency: parts.latencies.toData(),
      lost,
      duplicated,
      traffic: parts.meter.byPhase,
      closesAfterSync,
      extensionMessages: parts.extensionMessages(),
      clients: parts.clients.length,
    };
  };
  const stop = (exitCode: number) => {
    for (const client of parts.clients) client.destroy();
    setTimeout(() => process.exit(exitCode), 100);
  };
  process.on('message', (message: ToWorker) => {
    if (message.type === 'connect') {
      parts
        .connect(message)
        .then(() => send({ type: 'connected', clients: parts.clients.length }))
        .catch((error: unknown) => send({ type: 'failed', message: String(error) }));
    } else if (message.type === 'phase') {
      parts.meter.phase = message.phase;
      send({ type: 'phase', phase: message.phase });
    } else if (message.type === 'report') {
      send({ type: 'report', report: report(message.sentPerSession) });
    } else if (message.type === 'stop') {
      stop(0);
    }
  });
  process.on('disconnect', () => stop(1));
  send({ type: 'ready' });
}
