import * as encoding from 'lib0/encoding';

/**
 * Message types on a hub socket, after the frame's `varString(documentPath)`: the y-websocket
 * ones, the relay's durable acknowledgement, and two of the hub's own. The relay declares the same
 * numbers (sync-server `MessageType`); a contract test holds them together.
 */
export const HubMessageType = {
  sync: 0,
  awareness: 1,
  queryAwareness: 3,
  /** Relay → client: for each Yjs client id this client sent, the clock now durable on disk. */
  durableAck: 100,
  /** Client → relay: stop carrying this document on this socket. No payload. */
  unsubscribe: 101,
  /** Relay → client: this document is not carried (varUint close code, varString reason); the socket stays. */
  documentRefused: 102,
} as const;

/** Encodes one hub frame: `varString(documentPath)`, the message type, then what `write` adds. */
export function encodeHubFrame(
  documentPath: string,
  type: number,
  write?: (encoder: encoding.Encoder) => void,
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentPath);
  encoding.writeVarUint(encoder, type);
  write?.(encoder);
  return encoding.toUint8Array(encoder);
}
