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
  let pending = -1;
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
  let recountScheduled = false;
  const recountLater = () => {
    recountScheduled = false;
    recount();
  };
  const onUpdate = scheduleRecount
    ? () => {
        if (recountScheduled) return;
        recountScheduled = true;
        scheduleRecount(recountLater);
      }
    : recount;
  doc.on('update', onUpdate);
  recount();
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
