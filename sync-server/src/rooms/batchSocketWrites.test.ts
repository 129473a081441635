import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { closeSocketPairs, connectedSocketPair as connectedPair } from '../test/connectedSocketPair.ts';
import { batchSocketWrites, MAX_CORKED_MS } from './batchSocketWrites.ts';

afterEach(closeSocketPairs);

const rawSocketOf = (socket: WebSocket) => (socket as unknown as { _socket: Duplex })._socket;

describe('batchSocketWrites', () => {
  it('sends every frame of one turn in one write, in order, and leaves the socket uncorked', async () => {
    const { serverSide, client } = await connectedPair();
    const raw = rawSocketOf(serverSide);
    const received: number[] = [];
    const all = new Promise<void>((resolve) =>
      client.on('message', (data) => {
        received.push((data as Buffer)[0] ?? -1);
        if (received.length === 50) resolve();
      }),
    );
    let writes = 0;
    raw.on('data', () => {});
    const countWrites = (raw as unknown as { _writev: (...args: unknown[]) => void })._writev;
    (raw as unknown as { _writev: (...args: unknown[]) => void })._writev = function (...args) {
      writes++;
      return countWrites.apply(this, args);
    };
    // No time cap here: on a loaded machine 50 sends may take longer than MAX_CORKED_MS.
    for (let index = 0; index < 50; index++) {
      batchSocketWrites(serverSide, Number.POSITIVE_INFINITY);
      serverSide.send(new Uint8Array([index]));
    }
    expect(raw.writableCorked).toBe(1);
    await all;
    expect(received).toEqual(Array.from({ length: 50 }, (_, index) => index));
    expect(writes).toBe(1);
    expect(raw.writableCorked).toBe(0);
  });

  it('flushes corked frames within a long turn once they have waited MAX_CORKED_MS', async () => {
    const first = await connectedPair();
    const second = await connectedPair();
    const arrived = new Promise((resolve) => first.client.once('message', resolve));
    batchSocketWrites(first.serverSide);
    first.serverSide.send(new Uint8Array([1]));
    expect(rawSocketOf(first.serverSide).writableCorked).toBe(1);
    const busyUntil = performance.now() + MAX_CORKED_MS * 3;
    while (performance.now() < busyUntil) {
      // The rest of a long turn: the relay forwarding a backlog.
    }
    batchSocketWrites(second.serverSide);
    second.serverSide.send(new Uint8Array([2]));
    expect(rawSocketOf(first.serverSide).writableCorked).toBe(0);
    expect(rawSocketOf(second.serverSide).writableCorked).toBe(1);
    await arrived;
  });

  it('does nothing for a socket that is gone', async () => {
    const { serverSide } = await connectedPair();
    const raw = rawSocketOf(serverSide);
    serverSide.terminate();
    await new Promise((resolve) => serverSide.once('close', resolve));
    batchSocketWrites(serverSide);
    expect(raw.writableCorked).toBe(0);
  });
});
