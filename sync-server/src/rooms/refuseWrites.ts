import type { WebSocket } from 'ws';
import type { AcceptContext } from './acceptSocket.ts';
import { closeCodeOf, type WriteRefusalReason } from './WriteRefused.ts';

/**
 * A socket's refusal of writes: the first one is counted, logged once (its reason, never the content) and
 * closes the socket with the reason's code; `refused()` then tells the caller to ignore what the socket
 * sends while it closes.
 */
export function refuseWrites(
  socket: WebSocket,
  doc: string,
  context: Pick<AcceptContext, 'counters' | 'log'>,
) {
  let refused = false;
  return {
    refused: () => refused,
    refuse(reason: WriteRefusalReason) {
      if (refused) return;
      refused = true;
      context.counters.refusedWrites++;
      const code = closeCodeOf(reason);
      context.log.warn({ event: 'write_refused', doc, reason, code });
      socket.close(code, 'write refused');
    },
  };
}
