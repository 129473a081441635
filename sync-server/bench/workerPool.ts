import { type ChildProcess, fork } from 'node:child_process';
import type { FromWorker, ToWorker } from './benchProtocol.ts';
import { forwardLines, stopChild, trackChild } from './childProcesses.ts';

type Reply<Type extends FromWorker['type']> = Extract<FromWorker, { type: Type }>;

interface Waiter {
  type: FromWorker['type'];
  resolve(message: FromWorker): void;
  reject(error: Error): void;
}

/** One forked benchmark worker with a request/reply view of its IPC channel. */
class WorkerHandle {
  private readonly waiters: Waiter[] = [];
  private failure: Error | null = null;
  readonly outputLines: () => number;

  readonly pid: number;

  constructor(
    readonly index: number,
    private readonly child: ChildProcess,
  ) {
    this.pid = child.pid ?? 0;
    this.outputLines = forwardLines(child.stderr, `worker ${index}`);
    forwardLines(child.stdout, `worker ${index}`);
    child.on('message', (message: FromWorker) => {
      if (message.type === 'failed') {
        this.fail(new Error(`worker ${index}: ${message.message}`));
        return;
      }
      const position = this.waiters.findIndex((waiter) => waiter.type === message.type);
      const waiter = position >= 0 ? this.waiters.splice(position, 1)[0] : undefined;
      waiter?.resolve(message);
    });
    child.once('exit', (code, signal) => this.fail(new Error(`worker ${index} exited (${code ?? signal})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  send(message: ToWorker): void {
    if (this.failure) throw this.failure;
    this.child.send(message);
  }

  next<Type extends FromWorker['type']>(type: Type, timeoutMs: number): Promise<Reply<Type>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new Error(`worker ${this.index}: no "${type}" reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push({
        type,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message as Reply<Type>);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }

  stop(): Promise<void> {
    if (!this.failure && this.child.connected) this.child.send({ type: 'stop' } satisfies ToWorker);
    return stopChild(this.child, 3000);
  }
}

/** Benchmark worker processes, each running `node --import tsx benchWorker.ts`. */
export class WorkerPool {
  private constructor(readonly workers: WorkerHandle[]) {}

  static async start(count: number, workerScript: string, cwd: string): Promise<WorkerPool> {
    const workers = Array.from({ length: count }, (_, index) => {
      const child = fork(workerScript, [], {
        cwd,
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      trackChild(child);
      return new WorkerHandle(index, child);
    });
    const pool = new WorkerPool(workers);
    await Promise.all(workers.map((worker) => worker.next('ready', 30_000)));
    return pool;
  }

  /** Sends one message per worker (same order) and waits for each worker's reply of `replyType`. */
  async request<Type extends FromWorker['type']>(
    messages: ToWorker[],
    replyType: Type,
    timeoutMs: number,
  ): Promise<Array<Reply<Type>>> {
    const replies = this.workers.map((worker) => worker.next(replyType, timeoutMs));
    this.workers.forEach((worker, index) => {
      const message = messages[index];
      if (message) worker.send(message);
    });
    return Promise.all(replies);
  }

  /** Sends the same message to every worker and waits for every reply of `replyType`. */
  broadcast<Type extends FromWorker['type']>(message: ToWorker, replyType: Type, timeoutMs: number) {
    return this.request(
      this.workers.map(() => message),
      replyType,
      timeoutMs,
    );
  }

  pids(): number[] {
    return this.workers.map((worker) => worker.pid);
  }

  outputLines(): number {
    return this.workers.reduce((total, worker) => total + worker.outputLines(), 0);
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.stop()));
  }
}
