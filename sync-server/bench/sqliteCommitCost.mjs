// How much CPU the storage writer's thread spends per commit, by SQLite durability setting, measured as the relay
// commits: one small update per transaction on a worker thread, `--commits` of them `--gap-ms` apart, the thread's
// own CPU time read from /proc (schedstat, nanoseconds). NOOP: a thread that only answers (the price of waking it).
// Plain JavaScript: a worker thread does not inherit tsx's loader on Node 20. Usage:
//   npm run bench:sqlite-commit -- [--commits 200] [--gap-ms 100] [--modes NOOP,FULL,NORMAL]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const threadCpuMs = (tid) =>
  Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
const ownTid = () => Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0]);

async function measure(mode, commits, gapMs) {
  const dir = mkdtempSync(join(tmpdir(), 'peerloom-commit-cost-'));
  const file = join(dir, 'bench.sqlite');
  const setup = new Database(file);
  setup.pragma('journal_mode = WAL');
  setup.exec(
    'CREATE TABLE updates (id INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL)',
  );
  setup.close();
  const thread = new Worker(new URL(import.meta.url), { workerData: { file, mode } });
  const next = () => new Promise((resolve) => thread.once('message', resolve));
  const tid = await next();
  const latencies = [];
  const before = threadCpuMs(tid);
  for (let index = 0; index < commits; index++) {
    const sent = performance.now();
    thread.postMessage(new Uint8Array(40).fill(index % 256));
    await next();
    latencies.push(performance.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  const cpuMs = threadCpuMs(tid) - before;
  await thread.terminate();
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  const at = (share) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))];
  return { mode, cpu_ms_per_commit: cpuMs / commits, p50_ms: at(0.5), p95_ms: at(0.95) };
}

if (isMainThread) {
  const { values } = parseArgs({
    options: {
      commits: { type: 'string', default: '200' },
      'gap-ms': { type: 'string', default: '100' },
      modes: { type: 'string', default: 'NOOP,FULL,NORMAL' },
    },
  });
  const commits = Number(values.commits);
  const gapMs = Number(values['gap-ms']);
  const results = [];
  for (const mode of values.modes.split(',')) {
    const result = await measure(mode, commits, gapMs);
    results.push(result);
    console.log(
      `${mode.padEnd(7)} thread CPU ${result.cpu_ms_per_commit.toFixed(3)} ms/commit, round trip p50 ${result.p50_ms.toFixed(2)} ms, p95 ${result.p95_ms.toFixed(2)} ms`,
    );
  }
  console.log(JSON.stringify({ commits, gap_ms: gapMs, results }));
} else {
  const db = new Database(workerData.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${workerData.mode === 'NOOP' ? 'FULL' : workerData.mode}`);
  const append = db.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)');
  const commit = db.transaction((data) => append.run('bench/room', Buffer.from(data)));
  parentPort.postMessage(ownTid());
  parentPort.on('message', (data) => {
    if (workerData.mode !== 'NOOP') commit(data);
    parentPort.postMessage(true);
  });
}
