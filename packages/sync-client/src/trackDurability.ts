import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** The relay's extra y-websocket message type: the clocks of this client's writes now durable on disk. */
export const DURABLE_ACK_MESSAGE = 100;
const SYNC_MESSAGE = 0;

type MessageHandler = WebsocketProvider['messageHandlers'][number];

/** Where a device keeps what the relay has confirmed, so a reload while offline still knows what is pending. */
export interface ConfirmedClockMemory {
  load(): Promise<ReadonlyMap<number, number>>;
  save(confirmed: ReadonlyMap<number, number>): void;
  /** Writes what `save` is still holding back; called when the document closes. */
  flush(): Promise<void>;
}

/**
 * Counts the changes in `doc` the relay has not yet confirmed. A client id's clock is confirmed
 * by the relay's own state (its sync step 1, and updates it relays) or by a durable
 * acknowledgement; what the doc holds beyond that is pending.
 */
export function trackDurability(
  provider: WebsocketProvider,
  doc: Y.Doc,
  onChange: (pending: number) => void,
  memory?: ConfirmedClockMemory,
) {
  const confirmed = new Map<number, number>();
  let pending = -1;
  const raise = (clocks: ReadonlyMap<number, number>, remember = true) => {
    let changed = false;
    for (const [client, clock] of clocks) {
      if (clock <= (confirmed.get(client) ?? 0)) continue;
      confirmed.set(client, clock);
      changed = true;
    }
    if (changed && remember) memory?.save(confirmed);
    recount();
  };
  void memory?.load().then((stored) => raise(stored, false));
  const recount = () => {
    let next = 0;
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
      next += Math.max(0, clock - (confirmed.get(client) ?? 0));
    }
    if (next !== pending) {
      pending = next;
      onChange(pending);
    }
  };

  const handleSync = provider.messageHandlers[SYNC_MESSAGE] as MessageHandler;
  provider.messageHandlers[SYNC_MESSAGE] = (encoder, decoder, messageProvider, emitSynced, messageType) => {
    const peek = decoding.clone(decoder);
    const syncType = decoding.readVarUint(peek);
    const payload = decoding.readVarUint8Array(peek);
    raise(
      syncType === syncProtocol.messageYjsSyncStep1
        ? Y.decodeStateVector(payload)
        : Y.parseUpdateMeta(payload).to,
    );
    handleSync(encoder, decoder, messageProvider, emitSynced, messageType);
  };
  provider.messageHandlers[DURABLE_ACK_MESSAGE] = (_encoder, decoder) => {
    const clocks = new Map<number, number>();
    const count = decoding.readVarUint(decoder);
    for (let index = 0; index < count; index++) {
      clocks.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
    }
    raise(clocks);
  };
  doc.on('update', recount);
  recount();
  return () => {
    doc.off('update', recount);
    return memory?.flush() ?? Promise.resolve();
  };
}
