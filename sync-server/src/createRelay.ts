import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createSecret } from './auth/secrets.ts';
import { createTokenSigner } from './auth/tokens.ts';
import { createApi } from './http/createApi.ts';
import { sendJson } from './http/jsonBody.ts';
import { serveStatic } from './http/serveStatic.ts';
import { authorizeConnection } from './rooms/authorizeConnection.ts';
import { CloseCode } from './rooms/protocol.ts';
import { RoomRegistry } from './rooms/RoomRegistry.ts';
import { openStorage } from './storage/openStorage.ts';

export interface RelayOptions {
  port?: number;
  host?: string;
  dataDir: string;
  /** Built web app to serve; omitted in relay-only tests. */
  staticDir?: string;
  maxMessageBytes?: number;
  tokenTtlMs?: number;
  rejoinGraceMs?: number;
  idleUnloadMs?: number;
  log?: (entry: Record<string, unknown>) => void;
  now?: () => number;
}

export interface Relay {
  server: Server;
  port: number;
  url: string;
  rooms: RoomRegistry;
  close(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;

/** Starts the HTTP API, the static app and the y-websocket relay on one port. */
export async function createRelay(options: RelayOptions): Promise<Relay> {
  const now = options.now ?? Date.now;
  const log =
    options.log ?? ((entry) => process.stdout.write(`${JSON.stringify({ time: now(), ...entry })}\n`));
  const storage = openStorage(options.dataDir);
  let secret = storage.getSetting('token-secret');
  if (!secret) {
    secret = createSecret(32);
    storage.setSetting('token-secret', secret);
  }
  const signer = createTokenSigner(secret);
  const rooms = new RoomRegistry(storage, options.idleUnloadMs ?? 60_000);
  const handleApi = createApi({
    storage,
    signer,
    now,
    tokenTtlMs: options.tokenTtlMs ?? 12 * HOUR,
    rejoinGraceMs: options.rejoinGraceMs ?? 7 * 24 * HOUR,
  });

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      sendJson(response, 200, { ok: true, documents: rooms.size });
      return;
    }
    handleApi(request, response)
      .then((handled) => {
        if (handled) return;
        if (options.staticDir && (request.method === 'GET' || request.method === 'HEAD')) {
          serveStatic(options.staticDir, request, response);
        } else {
          response.writeHead(404).end();
        }
      })
      .catch((error: unknown) => log({ level: 'error', msg: 'http handler failed', error: String(error) }));
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes ?? 1024 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', (error) => log({ level: 'warn', msg: 'socket error', error: error.message }));
      const access = authorizeConnection(
        new URL(request.url ?? '/', 'http://localhost'),
        storage,
        signer,
        now(),
      );
      if (!access.ok) {
        ws.close(access.closeCode, access.reason);
        return;
      }
      ws.binaryType = 'nodebuffer';
      const room = rooms.open(access.docName);
      const connection = {
        socket: ws,
        role: access.role,
        canWrite: access.canWrite,
        awarenessClientIds: new Set<number>(),
      };
      ws.on('message', (data, isBinary) => {
        if (!isBinary) {
          ws.close(CloseCode.malformed, 'binary frames only');
          return;
        }
        const buffer = data as Buffer;
        try {
          room.receive(connection, new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
        } catch (error) {
          log({ level: 'warn', msg: 'malformed message', doc: access.kind, error: String(error) });
          ws.close(CloseCode.malformed, 'malformed message');
        }
      });
      ws.on('close', () => {
        room.remove(ws);
        rooms.release(room);
      });
      room.add(connection);
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '0.0.0.0', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    url: `http://localhost:${port}`,
    rooms,
    close: async () => {
      for (const client of wss.clients) client.close(CloseCode.goingAway, 'relay restarting');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      rooms.closeAll();
      storage.close();
    },
  };
}
