import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Where a device keeps what the relay has confirmed, so a reload while offline still knows what is pending. */
export interface ConfirmedClockMemory {
  load(): Promise<ReadonlyMap<number, number>>;
  save(confirmed: ReadonlyMap<number, number>): void;
  /** Writes what `save` is still holding back; called when the document closes. */
  flush(): Promise<void>;
}

export interface DurabilityTracker {
  /** Feeds a sync message from the relay (read from a copy of `decoder`, which is left untouched). */
  observeSync(decoder: decoding.Decoder): void;
  /** Feeds the payload of a durable acknowledgement (message type 100), read from `decoder`. */
  acknowledge(decoder: decoding.Decoder): void;
  /** Stops counting; resolves once the confirmed clocks are written. */
  stop(): Promise<void>;
}

/**
 * Counts the changes in `doc` the relay has not yet confirmed, whatever carries the messages (a
 * y-websocket provider, a hub socket). A client id's clock is confirmed by the relay's own state
 * (its sync step 1, and updates it relays) or by a durable acknowledgement; what the doc holds
 * beyond that is pending.
 */
export function createDurabilityTracker(
  doc: Y.Doc,
  onChange: (pending: number) => void,
  memory?: ConfirmedClockMemory,
  /** When a change of `doc` is counted: at once by default; a typing screen counts after the next paint. */
  scheduleRecount?: (recount: () => void) => void,
): DurabilityTracker {
  const confirmed = new Map<number, number>();
  /** Per client id, how far `doc` is ahead of what the relay confirmed (only those ahead); and their sum. */
  const ahead = new Map<number, number>();
  let total = 0;
  let pending = -1;
  // Kept per client id as updates and confirmations come, never recounted over every writer the document has
  // seen (300 in a room): each update costs what it touches.
  const settle = (client: number) => {
    const next = Math.max(0, Y.getState(doc.store, client) - (confirmed.get(client) ?? 0));
    total += next - (ahead.get(client) ?? 0);
    if (next > 0) ahead.set(client, next);
    else ahead.delete(client);
  };
  const report = () => {
    if (total === pending) return;
    pending = total;
    onChange(pending);
  };
  const raise = (clocks: ReadonlyMap<number, number>, remember = true) => {
    let changed = false;
    for (const [client, clock] of clocks) {
      if (clock <= (confirmed.get(client) ?? 0)) continue;
      confirmed.set(client, clock);
      settle(client);
      changed = true;
    }
    if (changed && remember) memory?.save(confirmed);
    report();
  };
  void memory?.load().then((stored) => raise(stored, false));
  const touched = new Set<number>();
  let recountScheduled = false;
  const recount = () => {
    recountScheduled = false;
    for (const client of touched) settle(client);
    touched.clear();
    report();
  };
  const onUpdate = (update: Uint8Array) => {
    for (const client of Y.parseUpdateMeta(update).to.keys()) touched.add(client);
    if (!scheduleRecount) recount();
    else if (!recountScheduled) {
      recountScheduled = true;
      scheduleRecount(recount);
    }
  };
  doc.on('update', onUpdate);
  for (const client of doc.store.clients.keys()) settle(client);
  report();
  return {
    observeSync(decoder) {
      const peek = decoding.clone(decoder);
      const syncType = decoding.readVarUint(peek);
      const payload = decoding.readVarUint8Array(peek);
      raise(
        syncType === syncProtocol.messageYjsSyncStep1
          ? Y.decodeStateVector(payload)
          : Y.parseUpdateMeta(payload).to,
      );
    },
    acknowledge(decoder) {
      const clocks = new Map<number, number>();
      const count = decoding.readVarUint(decoder);
      for (let index = 0; index < count; index++) {
        clocks.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
      }
      raise(clocks);
    },
    stop() {
      doc.off('update', onUpdate);
      return memory?.flush() ?? Promise.resolve();
    },
  };
}
