import type { WebSocket } from 'ws';
import type { AcceptContext } from './acceptSocket.ts';

/**
 * What every upgraded socket gets first, single-document or hub: an `error` listener (a socket without
 * one would crash the relay), then the close code of a refused access. Returns whether to go on.
 */
export function admitSocket<Access extends { ok: true } | { ok: false; closeCode: number; reason: string }>(
  socket: WebSocket,
  access: Access,
  context: Pick<AcceptContext, 'counters' | 'log'>,
): access is Extract<Access, { ok: true }> {
  socket.on('error', (error) => {
    context.counters.rejectedFrames++;
    context.log.warn({ event: 'socket_error', error: error.message });
  });
  if (access.ok) return true;
  socket.close(access.closeCode, access.reason);
  return false;
}
