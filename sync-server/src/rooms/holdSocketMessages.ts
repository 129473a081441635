import type { WebSocket } from 'ws';

export interface HeldMessages {
  /**
   * Hands the held messages, in arrival order, to the socket's `message` listeners attached since, then lets
   * messages flow to them directly. Call once those listeners are attached.
   */
  release(): void;
}

/**
 * Keeps what a freshly upgraded socket sends while the relay reads its session and loads its document
 * (both asynchronous): a `message` event with no listener would be lost. The socket is paused meanwhile,
 * so a client cannot pile up more than the frames already read.
 */
export function holdSocketMessages(socket: WebSocket): HeldMessages {
  const held: [data: unknown, isBinary: boolean][] = [];
  const hold = (data: unknown, isBinary: boolean) => {
    held.push([data, isBinary]);
  };
  socket.on('message', hold);
  socket.pause();
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      socket.off('message', hold);
      for (const [data, isBinary] of held.splice(0)) {
        if (socket.readyState !== socket.OPEN) break;
        socket.emit('message', data, isBinary);
      }
      socket.resume();
    },
  };
}
