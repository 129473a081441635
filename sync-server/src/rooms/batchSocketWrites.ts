import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { rawSocketOf } from './rawSocketOf.ts';

/** The longest a frame waits, corked, for later frames of the same turn. */
export const MAX_CORKED_MS = 2;

const corked = new Map<WebSocket, Duplex>();
let firstCorkedAt = 0;
let endOfTurnScheduled = false;
let onFlushed: (() => void) | null = null;

/** Benchmarks' forward trace (ForwardTrace) hears each time corked frames are released; null: nobody. */
export function setFlushListener(listener: (() => void) | null): void {
  onFlushed = listener;
}

function uncorkAll(): void {
  for (const raw of corked.values()) raw.uncork();
  corked.clear();
  onFlushed?.();
}

const endOfTurn = () => {
  endOfTurnScheduled = false;
  uncorkAll();
};

/**
 * Holds the TCP writes of `socket` until the end of the current event-loop turn's I/O phase
 * (setImmediate), so that every frame the relay sends this socket during that turn leaves in one
 * writev instead of one syscall per frame. A hub socket (the facilitator's progress view, the
 * projector) gets a frame per keystroke and per caret move of every group: under load, dozens per
 * turn. Frames keep their order. A long turn (a backlog read at once after a GC pause or time off
 * the CPU) does not hold them to its end: once the first frame has waited `MAX_CORKED_MS`, every
 * corked socket is flushed at the next call, and later frames are batched again. Call it before
 * `socket.send`.
 */
export function batchSocketWrites(socket: WebSocket, maxCorkedMs = MAX_CORKED_MS): void {
  if (corked.size > 0 && performance.now() - firstCorkedAt > maxCorkedMs) uncorkAll();
  if (corked.has(socket)) return;
  // Without its TCP socket (not yet open, or closed) frames go as they are.
  const raw = rawSocketOf(socket);
  if (!raw) return;
  if (corked.size === 0) firstCorkedAt = performance.now();
  corked.set(socket, raw);
  raw.cork();
  if (!endOfTurnScheduled) {
    endOfTurnScheduled = true;
    setImmediate(endOfTurn);
  }
}
