import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { MessageType } from './protocol.ts';
import type { RoomConnection } from './RoomConnection.ts';
import { SharedMessage } from './SharedMessage.ts';

export interface PresenceFanOutOptions {
  awareness: awarenessProtocol.Awareness;
  connections: () => Iterable<RoomConnection>;
  /** Whether `viewer` may see the presence of a client owned by `owner` (null: owner gone or unknown). */
  audience: (owner: RoomConnection | null, viewer: RoomConnection) => boolean;
  /** At most one presence message per connection per interval; the latest state of each client wins. */
  intervalMs: number;
  /** Every connection gets an empty presence message this often (default 15 s); see `keepAlive`. */
  keepAliveMs?: number;
  onSent: (bytes: number) => void;
}

/** Stock clients answer each presence message with at most one echo; more credit than this is never needed. */
const MAX_ECHO_ALLOWANCE = 64;

/** An awareness message with no entries: changes nothing, is not echoed, and proves the socket alive. */
const EMPTY_PRESENCE = new SharedMessage(new Uint8Array([1, 1, 0]));

/**
 * Forwards presence changes to the connections of one document, coalesced: the first change after a
 * quiet interval goes out at once, later ones are gathered and sent together at the end of the
 * interval with each client's latest state, so n members moving carets cost O(n) messages per
 * interval instead of one per change, and the final state always goes out.
 *
 * It also counts, per connection, the presence messages it sent: a stock y-websocket client sends
 * each one back, and those echoes are allowed for free up to that count.
 */
export class PresenceFanOut {
  private readonly pending = new Map<number, RoomConnection | null>();
  private readonly echoAllowance = new WeakMap<RoomConnection, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly keepAliveTimer: ReturnType<typeof setInterval>;

  constructor(private readonly options: PresenceFanOutOptions) {
    this.keepAliveTimer = setInterval(this.keepAlive, options.keepAliveMs ?? 15_000);
    this.keepAliveTimer.unref?.();
  }

  /** Records that these clients' states changed; `owner` tells who may see each. */
  changed(clientIds: readonly number[], ownerOf: (clientId: number) => RoomConnection | null): void {
    for (const clientId of clientIds) this.pending.set(clientId, ownerOf(clientId));
    if (this.timer) return;
    this.flush();
    this.timer = setTimeout(this.tick, this.options.intervalMs);
  }

  /** Sends `viewer` the current state of these clients (e.g. everyone present when it connects). */
  sendNow(viewer: RoomConnection, clientIds: readonly number[]): void {
    if (clientIds.length > 0) this.send(viewer, new SharedMessage(this.encode(clientIds)));
  }

  /** Spends one echo credit of `connection`; false when it has none left. */
  takeEcho(connection: RoomConnection): boolean {
    const allowance = this.echoAllowance.get(connection) ?? 0;
    if (allowance <= 0) return false;
    this.echoAllowance.set(connection, allowance - 1);
    return true;
  }

  destroy(): void {
    clearInterval(this.keepAliveTimer);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  /**
   * y-websocket clients close a socket that received nothing for 30 s, counting on the server to send
   * their own presence back every 15 s; this relay never does, so a quiet document (the control
   * document between phases, the room for a participant) would reconnect every 30 s.
   */
  private readonly keepAlive = () => {
    for (const connection of this.options.connections()) {
      this.options.onSent(EMPTY_PRESENCE.body.byteLength);
      connection.send(EMPTY_PRESENCE);
    }
  };

  private readonly tick = () => {
    this.timer = null;
    if (this.pending.size === 0) return;
    this.flush();
    this.timer = setTimeout(this.tick, this.options.intervalMs);
  };

  private flush(): void {
    const changes = [...this.pending];
    this.pending.clear();
    const encoded = new Map<string, SharedMessage>();
    for (const viewer of this.options.connections()) {
      const visible = changes
        .filter(([, owner]) => owner !== viewer && this.options.audience(owner, viewer))
        .map(([clientId]) => clientId);
      if (visible.length === 0) continue;
      const key = visible.join(',');
      let message = encoded.get(key);
      if (!message) {
        message = new SharedMessage(this.encode(visible));
        encoded.set(key, message);
      }
      this.send(viewer, message);
    }
  }

  private send(viewer: RoomConnection, message: SharedMessage): void {
    this.options.onSent(message.body.byteLength);
    viewer.send(message);
    const allowance = this.echoAllowance.get(viewer) ?? 0;
    this.echoAllowance.set(viewer, Math.min(MAX_ECHO_ALLOWANCE, allowance + 1));
  }

  private encode(clientIds: readonly number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.options.awareness, [...clientIds]),
    );
    return encoding.toUint8Array(encoder);
  }
}
