import { isFinalCloseCode, MessageType } from '@peerloom/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createDurabilityTracker } from './createDurabilityTracker.ts';
import type { DocumentStatus } from './DocumentStatus.ts';
import { encodeHubFrame } from './hubFrames.ts';
import { keepLocalCopy } from './keepLocalCopy.ts';
import type { SyncedDocument } from './openSyncedDocument.ts';
import { watchPeers } from './watchPeers.ts';

/** What a hub document needs from its hub socket. */
export interface HubLink {
  /** Sends one frame if the hub socket is open; returns whether it did. */
  send(frame: Uint8Array): boolean;
  /** Called once by `destroy`, after the unsubscribe frame went out. */
  forget(documentPath: string): void;
}

/** One document carried by a hub socket, as the hub drives it. */
export interface HubDocument {
  readonly handle: SyncedDocument;
  /** The hub socket opened (or reopened): subscribe with sync step 1 and this device's presence. */
  connected(): void;
  disconnected(refusal: DocumentStatus['refusal']): void;
  /** One message addressed to this document (the frame after its path). */
  receive(decoder: decoding.Decoder): void;
}

const MAX_RETRY_MS = 5000;

/** Creates the Y.Doc, presence, local copy and durability count of one document on a hub. */
export function openHubDocument(
  documentPath: string,
  persistenceName: string | null,
  link: HubLink,
): HubDocument {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  const origin = { hubDocument: documentPath };
  const listeners = new Set<() => void>();
  let subscribed = false;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let status: DocumentStatus = {
    connection: 'connecting',
    synced: false,
    loadedLocally: persistenceName === null,
    pending: 0,
    refusal: null,
  };
  const update = (patch: Partial<DocumentStatus>) => {
    const next = { ...status, ...patch };
    if ((Object.keys(patch) as (keyof DocumentStatus)[]).every((key) => next[key] === status[key])) return;
    status = Object.freeze(next);
    for (const listener of [...listeners]) listener();
  };

  const local = keepLocalCopy(persistenceName, doc);
  const loadedLocally = local.loaded.then(() => update({ loadedLocally: true }));
  const tracker = createDurabilityTracker(doc, (pending) => update({ pending }), local.memory);
  const peers = watchPeers(awareness);

  const send = (type: number, write?: (encoder: encoding.Encoder) => void) =>
    link.send(encodeHubFrame(documentPath, type, write));
  // Awareness starts every device with an empty state `{}`: announced, 300 devices reading the session page
  // would each tell every other reader of all 60 productions that they are there, saying nothing (n² presence,
  // renewed every 15 s). This device's presence goes out once it has something in it, and then until it is gone.
  const hasPresence = () => Object.keys(awareness.getLocalState() ?? {}).length > 0;
  let announced = false;
  const sendOwnPresence = () => {
    announced = hasPresence();
    send(MessageType.awareness, (encoder) =>
      encoding.writeVarUint8Array(
        encoder,
        awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
      ),
    );
  };
  const subscribe = () => {
    subscribed = send(MessageType.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
    if (!subscribed) return;
    update({ connection: 'online', refusal: null });
    announced = false;
    if (hasPresence()) sendOwnPresence();
  };

  const onDocUpdate = (change: Uint8Array, source: unknown) => {
    if (source === origin || !subscribed) return;
    send(MessageType.sync, (encoder) => syncProtocol.writeUpdate(encoder, change));
  };
  // Only this device's own state goes out: states received from others are never echoed back.
  const onAwarenessUpdate = (change: { added: number[]; updated: number[]; removed: number[] }) => {
    const own = [change.added, change.updated, change.removed].some((ids) => ids.includes(doc.clientID));
    if (own && subscribed && (announced || hasPresence())) sendOwnPresence();
  };
  doc.on('update', onDocUpdate);
  awareness.on('update', onAwarenessUpdate);

  const dropOthersPresence = () => {
    const others = [...awareness.getStates().keys()].filter((id) => id !== doc.clientID);
    awarenessProtocol.removeAwarenessStates(awareness, others, origin);
  };
  const clearRetry = () => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
  };

  const receiveSync = (decoder: decoding.Decoder) => {
    tracker.observeSync(decoder);
    const reply = encoding.createEncoder();
    encoding.writeVarString(reply, documentPath);
    encoding.writeVarUint(reply, MessageType.sync);
    const before = encoding.length(reply);
    const syncType = syncProtocol.readSyncMessage(decoder, reply, doc, origin);
    if (encoding.length(reply) > before) link.send(encoding.toUint8Array(reply));
    if (syncType === syncProtocol.messageYjsSyncStep2) update({ synced: true });
  };
  const refused = (decoder: decoding.Decoder) => {
    const code = decoding.readVarUint(decoder);
    const reason = decoding.readVarString(decoder);
    subscribed = false;
    dropOthersPresence();
    if (isFinalCloseCode(code)) {
      update({ connection: 'refused', synced: false, refusal: { code, reason } });
      return;
    }
    update({ connection: 'offline', synced: false });
    clearRetry();
    retryTimer = setTimeout(subscribe, Math.min(2 ** retries++ * 100, MAX_RETRY_MS));
  };

  let destroyed = false;
  const handle: SyncedDocument = {
    doc,
    awareness,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadedLocally,
    flush: local.flush,
    setPresence: (state) => awareness.setLocalState(state ? { ...state } : null),
    getPeers: peers.getPeers,
    subscribePeers: peers.subscribePeers,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      clearRetry();
      listeners.clear();
      peers.stop();
      doc.off('update', onDocUpdate);
      awareness.off('update', onAwarenessUpdate);
      if (subscribed) send(MessageType.unsubscribe);
      subscribed = false;
      link.forget(documentPath);
      await tracker.stop();
      awareness.destroy();
      await local.close();
      doc.destroy();
    },
  };

  return {
    handle,
    connected() {
      if (status.connection === 'refused' || destroyed) return;
      retries = 0;
      clearRetry();
      subscribe();
    },
    disconnected(refusal) {
      subscribed = false;
      clearRetry();
      dropOthersPresence();
      // A document the relay refused on its own (unknown path) stays refused across reconnects.
      if (status.connection === 'refused' && !refusal) return;
      update(
        refusal
          ? { connection: 'refused', synced: false, refusal }
          : { connection: 'offline', synced: false },
      );
    },
    receive(decoder) {
      const type = decoding.readVarUint(decoder);
      if (type === MessageType.sync) receiveSync(decoder);
      else if (type === MessageType.awareness) {
        awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), origin);
      } else if (type === MessageType.queryAwareness) {
        if (hasPresence()) sendOwnPresence();
      } else if (type === MessageType.durableAck) tracker.acknowledge(decoder);
      else if (type === MessageType.documentRefused) refused(decoder);
    },
  };
}
