import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';

const servers: WebSocketServer[] = [];

/** A real ws server on port 0 and a real client connected to it; resolves with both ends open. */
export async function connectedSocketPair(): Promise<{ serverSide: WebSocket; client: WebSocket }> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  const accepted = new Promise<WebSocket>((resolve) => server.once('connection', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await new Promise((resolve) => client.once('open', resolve));
  return { serverSide: await accepted, client };
}

/** Closes every server `connectedSocketPair` opened, and their sockets (call it after each test). */
export async function closeSocketPairs(): Promise<void> {
  for (const server of servers.splice(0)) {
    for (const client of server.clients) client.terminate();
    await new Promise((resolve) => server.close(resolve));
  }
}
