import { createServer, connect as tcpConnect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChaosProxy, createChaosProxy } from './createChaosProxy.ts';

describe('createChaosProxy', () => {
  const closers: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function echoBehindProxy(conditions = {}) {
    const echo = createServer((socket) => {
      socket.on('error', () => socket.destroy());
      socket.pipe(socket);
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const port = (echo.address() as { port: number }).port;
    const proxy = await createChaosProxy({ targetPort: port, seed: 1, conditions });
    closers.push(
      () => proxy.close(),
      () => void echo.close(),
    );
    return proxy;
  }

  const roundTrip = (proxy: ChaosProxy, bytes: number, timeoutMs = 3000) =>
    new Promise<number | 'timeout' | 'reset'>((resolve) => {
      const started = Date.now();
      const socket = tcpConnect(proxy.port, '127.0.0.1');
      let received = 0;
      const timer = setTimeout(() => {
        socket.destroy();
        resolve('timeout');
      }, timeoutMs);
      socket.on('error', () => {
        clearTimeout(timer);
        resolve('reset');
      });
      socket.on('data', (chunk) => {
        received += chunk.length;
        if (received < bytes) return;
        clearTimeout(timer);
        socket.end();
        resolve(Date.now() - started);
      });
      socket.write(Buffer.alloc(bytes, 1));
    });

  it('adds latency each way and caps bandwidth', async () => {
    const slow = await echoBehindProxy({ latencyMs: 100 });
    expect(await roundTrip(slow, 10)).toBeGreaterThanOrEqual(190);
    const narrow = await echoBehindProxy({ bytesPerSecond: 100_000 });
    expect(await roundTrip(narrow, 50_000)).toBeGreaterThanOrEqual(900);
  });

  it('blackholes traffic without closing, and resets connections', async () => {
    const proxy = await echoBehindProxy();
    proxy.setBlackhole(true);
    expect(await roundTrip(proxy, 10, 500)).toBe('timeout');
    proxy.setBlackhole(false);
    expect(typeof (await roundTrip(proxy, 10))).toBe('number');

    const pending = roundTrip(proxy, 10, 2000);
    proxy.setBlackhole(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    proxy.resetAll();
    expect(await pending).toBe('reset');
  });
});
