import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

const corked = new WeakSet<WebSocket>();

/**
 * Holds the TCP writes of `socket` until the end of the current event-loop turn's I/O phase
 * (setImmediate), so that every frame the relay sends this socket during that turn leaves in one
 * writev instead of one syscall per frame. A hub socket (the facilitator's progress view, the
 * projector) gets a frame per keystroke and per caret move of every group: under load, dozens per
 * turn. Frames keep their order; nothing waits for a later turn. Call it before `socket.send`.
 */
export function batchSocketWrites(socket: WebSocket): void {
  if (corked.has(socket)) return;
  // ws keeps its net.Socket in a private field; without it (not yet open, or closed) frames go as they are.
  const raw = (socket as unknown as { _socket?: Duplex | null })._socket;
  if (!raw || raw.destroyed) return;
  corked.add(socket);
  raw.cork();
  setImmediate(() => {
    corked.delete(socket);
    raw.uncork();
  });
}
