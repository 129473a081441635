import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DOCUMENT_LIMITS, SESSION_FEEDBACK } from '@peerloom/protocol';
import { type WebSocket, WebSocketServer } from 'ws';
import { readDocumentStates } from './archive/readDocumentStates.ts';
import { ReadLinks } from './auth/ReadLinks.ts';
import { createSecret } from './auth/secrets.ts';
import { createTokenSigner } from './auth/tokens.ts';
import { FeedbackInbox } from './feedback/FeedbackInbox.ts';
import { loadFeedbackSecret } from './feedback/feedbackSecret.ts';
import { createApi } from './http/createApi.ts';
import { createFeedbackRoute } from './http/feedbackRoute.ts';
import { DEFAULT_JOIN_LIMITS, JoinLimiter, type JoinLimits } from './http/JoinLimiter.ts';
import { sendJson } from './http/jsonBody.ts';
import { type RelayConfig, resolveJoinBase } from './http/resolveJoinBase.ts';
import { createStaticHandler } from './http/serveStatic.ts';
import { venueAddresses } from './http/venueAddresses.ts';
import { createLogger, type Logger } from './observability/createLogger.ts';
import { createMetrics } from './observability/createMetrics.ts';
import type { ForwardTrace } from './observability/ForwardTrace.ts';
import { acceptHubSocket } from './rooms/acceptHubSocket.ts';
import { acceptSocket, type SocketLimits } from './rooms/acceptSocket.ts';
import { authorizeConnection, authorizeSession } from './rooms/authorizeConnection.ts';
import { parseHubPath } from './rooms/documentKinds.ts';
import { holdSocketMessages } from './rooms/holdSocketMessages.ts';
import { isAllowedOrigin } from './rooms/isAllowedOrigin.ts';
import { ParticipantDocuments } from './rooms/ParticipantDocuments.ts';
import { CloseCode } from './rooms/protocol.ts';
import { ReadLinkSockets } from './rooms/ReadLinkSockets.ts';
import { createRelayCounters, type RelayCounters } from './rooms/RelayCounters.ts';
import { RoomRegistry } from './rooms/RoomRegistry.ts';
import { openBackends } from './storage/openBackends.ts';
import { openRelayCommits } from './storage/openRelayCommits.ts';
import type { StorageWriter } from './storage/StorageWriter.ts';

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
  commitDelayMs?: number;
  /** The longest an update waits for its commit before other devices get it anyway (`CommitQueue`); 200 ms. */
  maxDurableWaitMs?: number;
  /**
   * SQLite: how often, at most, document commits are synced to disk (fsync), 500 ms. Each commit reaches the
   * operating system at once and is forwarded then (a relay process that dies keeps it); its sender's
   * acknowledgement waits for the sync. Redis ignores it: its `appendfsync` decides.
   */
  syncEveryMs?: number;
  socketLimits?: Partial<SocketLimits>;
  joinLimits?: Partial<JoinLimits>;
  maxDocumentsPerSession?: number;
  /** Documents one hub socket (`/sync/SESSION/hub`) may carry at once; `DOCUMENT_LIMITS.perHub` by default. */
  maxDocumentsPerHub?: number;
  /** Documents one participant may have open over all its sockets; `DOCUMENT_LIMITS.perParticipant` by default. */
  maxDocumentsPerParticipant?: number;
  /**
   * Benchmarks only (`npm run bench:relay` compares both): false leaves participants' `room` writes
   * unchecked. Set from the process environment by main.ts, never from a request.
   */
  guardWrites?: boolean;
  maxSessions?: number;
  /** How long a session page read link is valid, unless revoked first; a year by default. */
  readLinkTtlMs?: number;
  /** Largest session archive `POST /api/sessions/import` accepts; 32 MiB by default. */
  maxArchiveBytes?: number;
  /** Origins allowed to open sync sockets besides the relay's own; `*` allows any. */
  allowedOrigins?: readonly string[];
  logger?: Logger;
  now?: () => number;
  /** The address people should open (PUBLIC_URL); without it, the venue-network address is used. */
  publicUrl?: string;
  /** This machine's venue-network IPv4 addresses, likeliest first; defaults to the network interfaces'. */
  venueAddresses?: readonly string[];
  /** Benchmarks only: times each forwarded update (main.ts sets it from PEERLOOM_FORWARD_TRACE). */
  forwardTrace?: ForwardTrace | null;
  /**
   * Scale-out (`REDIS_URL`): documents, sessions, settings and join bounds live in this Redis, shared by every
   * relay process given the same URL and prefix; without it, the SQLite file in `dataDir` holds everything.
   */
  redisUrl?: string;
  /** Key prefix in Redis (`REDIS_PREFIX`); `peerloom:` by default. */
  redisPrefix?: string;
  /** The token signing secret (`TOKEN_SECRET`); by default one drawn once and kept in storage (shared in Redis). */
  tokenSecret?: string;
  /** Fewest anonymous feedback answers released at once; `SESSION_FEEDBACK.minimumBatch` (3) by default. */
  feedbackBatch?: number;
}

export interface Relay {
  server: Server;
  port: number;
  url: string;
  rooms: RoomRegistry;
  counters: RelayCounters;
  /** SQLite mode: commits document updates on its own thread; acknowledgements wait for it. */
  writer: StorageWriter | null;
  /** Where other devices should open the app, as served by `GET /api/config`. */
  config: RelayConfig;
  /** Flushes pending commits, closes sockets with a code that makes clients reconnect, then stops. */
  close(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;

/** Starts the HTTP API, the static app and the y-websocket relay on one port. */
export async function createRelay(options: RelayOptions): Promise<Relay> {
  const now = options.now ?? Date.now;
  const log = options.logger ?? createLogger();
  const joinLimits = { ...DEFAULT_JOIN_LIMITS, ...options.joinLimits };
  const backends = await openBackends({ ...options, joinLimits, now, log });
  const { directory, documents, writer } = backends;
  const secret = options.tokenSecret ?? (await directory.claimSetting('token-secret', createSecret(32)));
  const signer = createTokenSigner(secret);
  const counters = createRelayCounters();
  const metrics = createMetrics(() => ({ rooms, counters, commits }));
  // SQLite (a writer thread) syncs every SYNC_EVERY_MS; Redis's appendfsync makes each commit as durable as it gets.
  const commits = openRelayCommits(documents, writer === null, options, {
    committed: (seconds) => metrics.committed(seconds),
    counters,
    log,
  });
  const maxDocumentsPerSession = options.maxDocumentsPerSession ?? 256;
  const rooms = new RoomRegistry({
    documents,
    commits,
    link: backends.link,
    counters,
    idleUnloadMs: options.idleUnloadMs ?? 60_000,
    maxDocumentsPerSession,
    maxSessions: options.maxSessions ?? 200,
    maxAwarenessClientsPerConnection: 4,
    compactAfterUpdates: 500,
    now,
    guardWrites: options.guardWrites,
    trace: options.forwardTrace,
  });
  const readLinkSockets = new ReadLinkSockets();
  const handleApi = createApi({
    storage: directory,
    signer,
    now,
    tokenTtlMs: options.tokenTtlMs ?? 12 * HOUR,
    rejoinGraceMs: options.rejoinGraceMs ?? 7 * 24 * HOUR,
    limiter: backends.joinBounds ?? new JoinLimiter(joinLimits, now),
    onJoin: metrics.joined,
    config: () => config,
    share: {
      readLinks: new ReadLinks(directory),
      readLinkTtlMs: options.readLinkTtlMs ?? 365 * 24 * HOUR,
      onReadLinkRevoked: (sessionId) => readLinkSockets.withdraw(sessionId),
      documentStates: (sessionId) => readDocumentStates(sessionId, rooms, documents),
      maxDocumentsPerSession,
      maxArchiveBytes: options.maxArchiveBytes ?? 32 * 1024 * 1024,
    },
  });
  const feedbackInbox = new FeedbackInbox(backends.localFile, loadFeedbackSecret(options.dataDir));
  const submitFeedback = createFeedbackRoute({
    storage: directory,
    signer,
    rooms,
    inbox: feedbackInbox,
    flushCommits: () => commits.flush(),
    minimumBatch: Math.max(SESSION_FEEDBACK.minimumBatch, options.feedbackBatch ?? 0),
    rejoinGraceMs: options.rejoinGraceMs ?? 7 * 24 * HOUR,
    now,
    log,
  });
  let closing = false;
  const serveStatic = options.staticDir ? createStaticHandler(options.staticDir) : null;

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/healthz')
      return sendJson(response, closing ? 503 : 200, { ok: !closing, documents: rooms.size });
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        () => response.writeHead(500).end(),
      );
      return;
    }
    if (path === '/api/feedback') return void submitFeedback(request, response);
    handleApi(request, response)
      .then((handled) => {
        if (handled) return;
        if (serveStatic && (request.method === 'GET' || request.method === 'HEAD')) {
          serveStatic(request, response);
        } else {
          response.writeHead(404).end();
        }
      })
      .catch((error: unknown) => log.error({ event: 'http_failed', error: String(error) }));
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  const socketLimits: SocketLimits = {
    messagesPerSecond: 100,
    messageBurst: 300,
    presencePerSecond: 60,
    presenceBurst: 300,
    maxBufferedBytes: 4 * 1024 * 1024,
    ...options.socketLimits,
  };
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes ?? 1024 * 1024 });
  const acceptContext = {
    rooms,
    counters,
    metrics,
    log,
    limits: socketLimits,
    isClosing: () => closing,
    now,
    participantDocuments: new ParticipantDocuments(
      options.maxDocumentsPerParticipant ?? DOCUMENT_LIMITS.perParticipant,
    ),
    hubLimits: { maxDocumentsPerHub: options.maxDocumentsPerHub ?? DOCUMENT_LIMITS.perHub },
  };
  /**
   * Reads the session and loads the document (asynchronously: storage may be Redis) while `holdSocketMessages`
   * keeps what the socket sends; released once its listeners are attached, or to let a refusal's close through.
   */
  const acceptUpgraded = async (ws: WebSocket, url: URL) => {
    const wantsAcks = url.searchParams.get('ack') === '1';
    const hubSession = parseHubPath(url.pathname);
    if (hubSession) {
      const access = await authorizeSession(hubSession, url, directory, signer, now());
      if (access.ok && access.readLinkEpoch !== undefined) readLinkSockets.track(hubSession, ws);
      acceptHubSocket(ws, hubSession, access, wantsAcks, acceptContext);
      return;
    }
    const access = await authorizeConnection(url, directory, signer, now());
    if (access.ok && access.readLinkEpoch !== undefined) readLinkSockets.track(access.address.sessionId, ws);
    await acceptSocket(ws, access, wantsAcks, acceptContext);
  };
  server.on('upgrade', (request: IncomingMessage, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (closing || !isAllowedOrigin(request, options.allowedOrigins ?? [])) {
      counters.rejectedFrames++;
      socket.end(closing ? 'HTTP/1.1 503 Service Unavailable\r\n\r\n' : 'HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const held = holdSocketMessages(ws);
      acceptUpgraded(ws, new URL(request.url ?? '/', 'http://localhost'))
        .catch((error: unknown) => {
          log.error({ event: 'accept_failed', error: String(error) });
          ws.close(CloseCode.tryAgainLater, 'relay storage unavailable');
        })
        .finally(() => held.release());
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '0.0.0.0', resolve));
  const port = (server.address() as AddressInfo).port;
  const config = resolveJoinBase({
    publicUrl: options.publicUrl,
    host: options.host ?? '0.0.0.0',
    port,
    addresses: options.venueAddresses ?? venueAddresses(),
  });

  return {
    server,
    port,
    url: `http://localhost:${port}`,
    rooms,
    counters,
    writer,
    config,
    close: async () => {
      closing = true;
      // No message is relayed from here on: the trace is complete.
      options.forwardTrace?.close();
      // Writers hear what is durable before their socket closes; whatever arrives meanwhile is committed below.
      await commits.close();
      for (const client of wss.clients) client.close(CloseCode.serviceRestart, 'relay restarting');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      rooms.closeAll();
      await commits.close();
      await backends.close();
      feedbackInbox.close();
    },
  };
}
