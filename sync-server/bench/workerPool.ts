import { type ChildProcess, fork } from 'node:child_process';
import type { FromWorker, ToWorker } from './benchProtocol.ts';
import { forwardLines, stopChild, trackChild } from './childProcesses.ts';

/** Every worker protocol has a `ready` message at start and a `failed` message with a text. */
type WorkerMessage = { type: string; message?: string };

type Reply<From extends WorkerMessage, Type extends From['type']> = Extract<From, { type: Type }>;

interface Waiter<From extends WorkerMessage> {
  type: From['type'];
  resolve(message: From): void;
  reject(error: Error): void;
}

/** One forked benchmark worker with a request/reply view of its IPC channel. */
class WorkerHandle<To, From extends WorkerMessage> {
  private readonly waiters: Waiter<From>[] = [];
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
    child.on('message', (message: From) => {
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

  send(message: To): void {
    if (this.failure) throw this.failure;
    this.child.send(message as object);
  }

  next<Type extends From['type']>(type: Type, timeoutMs: number): Promise<Reply<From, Type>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new Error(`worker ${this.index}: no "${type}" reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push({
        type,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message as Reply<From, Type>);
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

/**
 * Benchmark worker processes, each running `node --import tsx SCRIPT`; typed by the messages the
 * script takes (`To`) and answers (`From`), the relay bench's protocol by default.
 */
export class WorkerPool<To = ToWorker, From extends WorkerMessage = FromWorker> {
  private constructor(readonly workers: WorkerHandle<To, From>[]) {}

  static async start<To = ToWorker, From extends WorkerMessage = FromWorker>(
    count: number,
    workerScript: string,
    cwd: string,
  ): Promise<WorkerPool<To, From>> {
    const workers = Array.from({ length: count }, (_, index) => {
      const child = fork(workerScript, [], {
        cwd,
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      trackChild(child);
      return new WorkerHandle<To, From>(index, child);
    });
    const pool = new WorkerPool<To, From>(workers);
    await Promise.all(workers.map((worker) => worker.next('ready' as From['type'], 30_000)));
    return pool;
  }

  /** Sends one message per worker (same order) and waits for each worker's reply of `replyType`. */
  async request<Type extends From['type']>(
    messages: To[],
    replyType: Type,
    timeoutMs: number,
  ): Promise<Array<Reply<From, Type>>> {
    const replies = this.workers.map((worker) => worker.next(replyType, timeoutMs));
    this.workers.forEach((worker, index) => {
      const message = messages[index];
      if (message) worker.send(message);
    });
    return Promise.all(replies);
  }

  /** Sends the same message to every worker and waits for every reply of `replyType`. */
  broadcast<Type extends From['type']>(message: To, replyType: Type, timeoutMs: number) {
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
