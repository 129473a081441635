import type { WebSocket } from 'ws';
import type { AcceptContext } from './acceptSocket.ts';
import { CloseCode } from './protocol.ts';
import type { refuseWrites } from './refuseWrites.ts';
import { WriteRefused } from './WriteRefused.ts';

interface Refusal {
  event: 'rate_limited' | 'malformed_message';
  code: number;
  detail: Record<string, string>;
}

/**
 * Feeds a socket's binary messages to `receive` (false: over its rate; throws `WriteRefused` or on a
 * malformed message) until the relay decides to close it. From then on nothing it sends is handled:
 * each message is dropped unhandled and counted, and a socket that goes on for ten bursts after the close
 * frame is cut off (its TCP connection destroyed, so nothing more is read). The refusal is logged once,
 * when the socket has closed, with that count. A refused write goes to `writes` (logged at once, closed with the
 * reason's code; a hub refuses writes per document itself), which the document may also call later (a held update found hostile): from then on, too,
 * nothing the socket sends is handled.
 */
export function readSocketMessages(
  socket: WebSocket,
  doc: string,
  context: Pick<AcceptContext, 'counters' | 'log' | 'metrics' | 'isClosing' | 'limits'>,
  receive: (message: Uint8Array) => boolean,
  writes?: ReturnType<typeof refuseWrites>,
): void {
  const { counters } = context;
  let refusal: Refusal | null = null;
  let droppedMessages = 0;

  const refuse = (next: Refusal, text: string) => {
    refusal = next;
    counters.rejectedFrames++;
    socket.close(next.code, text);
  };

  socket.on('message', (data, isBinary) => {
    if (refusal || writes?.refused()) {
      droppedMessages++;
      if (droppedMessages > 10 * context.limits.messageBurst) socket.terminate();
      return;
    }
    if (context.isClosing()) return;
    const buffer = data as Buffer;
    context.metrics.received(buffer.byteLength);
    if (!isBinary) {
      refuse({ event: 'malformed_message', code: CloseCode.malformed, detail: {} }, 'binary frames only');
      return;
    }
    try {
      if (!receive(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength))) {
        refuse({ event: 'rate_limited', code: CloseCode.policy, detail: {} }, 'too many messages');
      }
    } catch (error) {
      if (error instanceof WriteRefused && writes) return writes.refuse(error.reason);
      const detail = { error: String(error).slice(0, 200) };
      refuse({ event: 'malformed_message', code: CloseCode.malformed, detail }, 'malformed message');
    }
  });

  socket.on('close', () => {
    if (!refusal) return;
    const { event, code, detail } = refusal;
    context.log.warn({ event, doc, code, ...detail, droppedMessages });
  });
}
