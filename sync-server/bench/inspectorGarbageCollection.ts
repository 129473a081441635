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
 * Forces a full garbage collection in another Node process through its inspector (loopback only),
 * and returns its JavaScript heap in use afterwards, in KB.
 */
export async function collectGarbage(inspectorUrl: string): Promise<number> {
  const socket = new WebSocket(inspectorUrl);
  const pending = new Map<number, (result: Record<string, unknown>) => void>();
  let nextId = 1;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: Record<string, unknown> };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
  });
  const call = (method: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`inspector: ${method} timed out`)), CALL_TIMEOUT_MS);
      pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      socket.send(JSON.stringify({ id, method }));
    });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return Number(usage.usedSize) / 1024;
  } finally {
    socket.close();
  }
}
