import WebSocket from 'ws';

const CALL_TIMEOUT_MS = 15_000;

/** Node's own inspector lines on stderr, which say nothing about the server's health. */
export const INSPECTOR_NOISE =
  /^(Debugger listening on |Debugger attached\.|Debugger ending on |For help, see: |Waiting for the debugger)/;

/** Reads the inspector URL from a `node --inspect` stderr line, if this is that line. */
export function inspectorUrlFromLine(line: string): string | undefined {
  return /^Debugger listening on (ws:\/\/\S+)/.exec(line)?.[1];
}

/**
 * Forces a full garbage collection in another Node process through its inspector (loopback only), in
 * its main thread and in each of its worker threads (the relay's storage writer, tsx's loader thread),
 * through the inspector's NodeWorker domain: a worker's isolate keeps its start-up garbage until its own
 * GC runs, and that release, seconds later, would otherwise read as memory freed by the clients.
 * Returns the main thread's JavaScript heap in use afterwards, in KB.
 */
export async function collectGarbage(inspectorUrl: string): Promise<number> {
  const socket = new WebSocket(inspectorUrl);
  const pending = new Map<number, (result: Record<string, unknown>) => void>();
  const workerSessions: string[] = [];
  let nextId = 1;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      id?: number;
      method?: string;
      params?: { sessionId?: string; message?: string };
      result?: Record<string, unknown>;
    };
    if (message.method === 'NodeWorker.attachedToWorker' && message.params?.sessionId) {
      workerSessions.push(message.params.sessionId);
    } else if (message.method === 'NodeWorker.receivedMessageFromWorker' && message.params?.message) {
      const inner = JSON.parse(message.params.message) as { id?: number; result?: Record<string, unknown> };
      if (inner.id !== undefined) pending.get(inner.id)?.(inner.result ?? {});
    } else if (message.id !== undefined) {
      pending.get(message.id)?.(message.result ?? {});
    }
  });
  const send = (method: string, params: Record<string, unknown>, workerSession?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`inspector: ${method} timed out`)), CALL_TIMEOUT_MS);
      pending.set(id, (result) => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(result);
      });
      const message = { id, method, params };
      if (!workerSession) socket.send(JSON.stringify(message));
      else
        socket.send(
          JSON.stringify({
            id: nextId++,
            method: 'NodeWorker.sendMessageToWorker',
            params: { sessionId: workerSession, message: JSON.stringify(message) },
          }),
        );
    });
  const call = (method: string, workerSession?: string) => send(method, {}, workerSession);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    // Attaching is announced by events right after enable; the main thread's GC leaves time for them.
    await send('NodeWorker.enable', { waitForDebuggerOnStart: false });
    await call('HeapProfiler.collectGarbage');
    for (const session of workerSessions) {
      await call('HeapProfiler.collectGarbage', session);
      await call('HeapProfiler.collectGarbage', session);
    }
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return Number(usage.usedSize) / 1024;
  } finally {
    socket.close();
  }
}
