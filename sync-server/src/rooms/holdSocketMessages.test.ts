import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { holdSocketMessages } from './holdSocketMessages.ts';

describe('holdSocketMessages', () => {
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  it('keeps what a socket sends before its listener is attached, and hands it over in order', async () => {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    closers.push(() => server.close());
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const accepted = new Promise<import('ws').WebSocket>((resolve) => server.once('connection', resolve));
    const port = (server.address() as { port: number }).port;
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    closers.push(() => client.terminate());
    const socket = await accepted;
    const held = holdSocketMessages(socket);
    await new Promise<void>((resolve) => client.once('open', () => resolve()));
    await Promise.all(
      [0, 1, 2, 3, 4].map(
        (index) => new Promise<void>((resolve) => client.send(Buffer.from([index]), () => resolve())),
      ),
    );

    const received: number[] = [];
    const all = new Promise<void>((resolve) => {
      socket.on('message', (data: Buffer) => {
        received.push(data[0] ?? -1);
        if (received.length === 6) resolve();
      });
    });
    held.release();
    client.send(Buffer.from([5]));
    await all;
    expect(received).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
