/**
 * Message types on a relay socket: the y-websocket ones (0–3) and the relay's own (100 and up).
 * On a hub socket (`/sync/SESSION/hub`) every frame starts with `varString(documentPath)`.
 */
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
