import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const messageSync = 0;

/** Runs `send` later: e.g. once the frame that shows a typed character has been painted. */
export type OutboundSchedule = (send: () => void) => void;

/** What `openSyncedDocument` takes to send and count this device's own changes later (see `deferOutbound`). */
export interface DeferredOutbound {
  readonly schedule: OutboundSchedule;
  /** Takes over sending the document's own changes from the provider; returns a function that stops. */
  attach(provider: WebsocketProvider, doc: Y.Doc): () => void;
}

/**
 * This device's own changes sent to the relay, and counted as pending, when `schedule` runs them. A screen where
 * people type passes a schedule that runs after the next paint, so the frame that shows a typed character never
 * waits for the network. Its own module: only the screens that use it download it.
 */
export function deferOutbound(schedule: OutboundSchedule): DeferredOutbound {
  return { schedule, attach: (provider, doc) => sendOwnUpdates(provider, doc, schedule) };
}

/**
 * Makes `provider` send the document's own changes when `schedule` runs them, instead of inside the change's own
 * transaction (y-websocket encodes and sends each update there, in the keystroke's task, before the browser may
 * paint the character). Changes made before the scheduled send go out as one merged update. A change made while
 * the socket is closed is not queued: the sync on reconnection carries it, as with y-websocket's own handler.
 * Returns a function that sends what waits and stops.
 */
export function sendOwnUpdates(
  provider: WebsocketProvider,
  doc: Y.Doc,
  schedule: OutboundSchedule,
): () => void {
  let waiting: Uint8Array[] = [];
  let scheduled = false;

  const send = () => {
    scheduled = false;
    if (waiting.length === 0) return;
    const update = waiting.length === 1 ? (waiting[0] as Uint8Array) : Y.mergeUpdates(waiting);
    waiting = [];
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeUpdate(encoder, update);
    ws.send(encoding.toUint8Array(encoder));
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    // What came from the relay is not sent back.
    if (origin === provider) return;
    waiting.push(update);
    if (scheduled) return;
    scheduled = true;
    schedule(send);
  };

  doc.off('update', provider._updateHandler);
  doc.on('update', onUpdate);
  return () => {
    send();
    doc.off('update', onUpdate);
  };
}
