/** y-websocket message types, plus the relay's own extension types. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Relay → writer: for each Yjs client id the writer sent, the clock now durable on disk. */
  durableAck: 100,
  /** Client → relay, hub sockets only: stop carrying this document on this socket. No payload. */
  unsubscribe: 101,
  /**
   * Relay → client, hub sockets only: this document is not carried (unknown path, too many
   * documents…); the socket stays open. Payload: varUint close code, varString reason.
   */
  documentRefused: 102,
} as const;

// Hub frames (`/sync/SESSION/hub`): `varString(documentPath)` relative to the session (`control`,
// `room`, `group/P`), then one message of the types above. The first frame for a path subscribes
// the socket to that document (the client sends its sync step 1). See acceptHubSocket.ts.

export type ConnectionRole = 'facilitator' | 'participant' | 'viewer';

/** Close codes in the 44xx range tell the Peerloom client to stop retrying and ask to rejoin. */
export const CloseCode = {
  badRequest: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  /** The session page's read link was revoked by the facilitator (open sockets are closed with it too). */
  linkWithdrawn: 4410,
  /** Not 44xx: a garbled frame may come from a bad network, so the client reconnects and resyncs. */
  malformed: 1007,
  goingAway: 1001,
  policy: 1008,
  tryAgainLater: 1013,
  /** Sent on SIGTERM after flushing: clients reconnect (y-websocket retries anything outside 44xx). */
  serviceRestart: 1012,
  tooBig: 1009,
} as const;
