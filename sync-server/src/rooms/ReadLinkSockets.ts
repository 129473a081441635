import type { WebSocket } from 'ws';
import { CloseCode } from './protocol.ts';

/** Sockets opened with a session page read link, per session, so that revoking the link closes them at once. */
export class ReadLinkSockets {
  private readonly bySession = new Map<string, Set<WebSocket>>();

  track(sessionId: string, socket: WebSocket): void {
    const sockets = this.bySession.get(sessionId) ?? new Set<WebSocket>();
    sockets.add(socket);
    this.bySession.set(sessionId, sockets);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.bySession.get(sessionId) === sockets) this.bySession.delete(sessionId);
    });
  }

  /** Closes every read-link socket of the session with 4410, so clients stop retrying and say why. */
  withdraw(sessionId: string): void {
    for (const socket of this.bySession.get(sessionId) ?? []) {
      socket.close(CloseCode.linkWithdrawn, 'read link withdrawn');
    }
  }
}
