// Edit propagation through one relay (SQLite) and through three relays on Redis, connections dealt out over them in
// turn (no routing by session: one session's devices on every relay, the worst case).
// One facilitator writer at 10 updates/s, N facilitator readers of one session's `room`, stock y-websocket clients
// in this process. An interim measure until `npm run bench:relay -- --relays 3 --redis` exists: it times what a
// reader sees, not the relay's CPU or memory.
//   node --import tsx sync-server/bench/scaleOutBench.ts [--readers 60] [--seconds 10]
import { loadavg } from 'node:os';
import { MessageType } from '@peerloom/protocol';
import { startRelayCluster } from '../src/test/startRelayCluster.ts';
import { connectStockClient, postJson } from '../src/test/stockClient.ts';
import { LatencyHistogram } from './percentiles.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) ? value : fallback;
}

const WARM_UP_WRITES = 20;
const readers = option('readers', 60);
const seconds = option('seconds', 10);

async function measure(relays: number, redis: boolean) {
  const cluster = await startRelayCluster({ relays, redis });
  try {
    const base = `http://127.0.0.1:${cluster.port}`;
    const session = await postJson<{ sessionId: string; facilitatorKey: string }>(`${base}/api/sessions`, {
      title: 'Scale-out bench',
    });
    const params = { key: session.facilitatorKey };
    // Dealt out over the relays directly (the cluster's spreader would pipe every byte through this process).
    const portOf = (index: number) => cluster.relays[index % cluster.relays.length]?.port ?? cluster.port;
    const clients = Array.from({ length: readers }, (_, index) =>
      connectStockClient(portOf(index + 1), `${session.sessionId}/room`, params),
    );
    const writer = connectStockClient(portOf(0), `${session.sessionId}/room`, { ...params, ack: '1' });
    // Acknowledged like the app's writes (ack=1); the bench reads no acknowledgement.
    writer.provider.messageHandlers[MessageType.durableAck] = () => {};
    await Promise.all([...clients, writer].map((client) => client.synced));
    const latencies = new LatencyHistogram();
    let received = 0;
    for (const client of clients) {
      const times = client.doc.getMap<number>('times');
      times.observe((event) => {
        for (const key of event.keysChanged) {
          received++;
          // The first 2 s warm the relays up (tests start them cold, PEERLOOM_WARM_UP=0): not timed.
          if (Number(key.slice(1)) >= WARM_UP_WRITES)
            latencies.record(performance.now() - (times.get(key) ?? 0));
        }
      });
    }
    let written = 0;
    const timer = setInterval(() => writer.doc.getMap('times').set(`k${written++}`, performance.now()), 100);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + WARM_UP_WRITES * 100));
    clearInterval(timer);
    const expected = written * readers;
    const deadline = Date.now() + 10_000;
    while (received < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    for (const client of [...clients, writer]) client.provider.destroy();
    const { p50, p99 } = latencies.summary();
    return { p50, p99, lost: expected - received };
  } finally {
    await cluster.stop();
  }
}

const load = loadavg()[0]?.toFixed(2);
const single = await measure(1, false);
process.stdout.write(`1 relay (SQLite): p50 ${single.p50} ms, p99 ${single.p99} ms, lost ${single.lost}\n`);
const scaled = await measure(3, true);
process.stdout.write(`3 relays on Redis: p50 ${scaled.p50} ms, p99 ${scaled.p99} ms, lost ${scaled.lost}\n`);
const ratio = Number((scaled.p99 / single.p99).toFixed(2));
process.stdout.write(`p99 ratio ${ratio} (goal <= 2), ${readers} readers, ${seconds} s, load ${load}\n`);
process.stdout.write(
  `${JSON.stringify({ readers, seconds, load: Number(load), single, scaled, p99Ratio: ratio, lost: single.lost + scaled.lost })}\n`,
);
process.exit(0);
