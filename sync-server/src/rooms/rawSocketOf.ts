import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/**
 * The TCP socket under a `ws` WebSocket, while it can take writes; null before it opens and once it is closed.
 * `ws` keeps it in a private field: the relay writes there only frames whose bytes are complete WebSocket frames
 * (`SharedMessage`) and corks it (`batchSocketWrites`), in the order `ws` would have written them.
 */
export function rawSocketOf(socket: WebSocket): Duplex | null {
  const raw = (socket as unknown as { _socket?: Duplex | null })._socket;
  return raw && !raw.destroyed && raw.writable ? raw : null;
}
