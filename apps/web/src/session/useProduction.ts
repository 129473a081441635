import {
  afterNextPaint,
  createProductionStore,
  type Production,
  type ProductionContent,
  type ProductionStore,
} from '@peerloom/session-model';
import { deferOutbound, openSyncedDocument, type SyncedDocument } from '@peerloom/sync-client';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { syncServerUrl } from '../api/relayApi.ts';
import { type CalmStatus, createCalmStatus } from './createCalmStatus.ts';
import { serverNow } from './serverClock.ts';
import { subscribeAfterPaint } from './subscribeAfterPaint.ts';
import type { SessionHandle } from './useSessionHandle.ts';

/** One production opened on this device: its model, and the synced group document it reads. */
export interface ProductionHandle {
  readonly store: ProductionStore;
  readonly document: SyncedDocument;
}

/**
 * Opens a production's group document (`SESSION/group/PRODUCTION_ID`, kept in IndexedDB) for as long as
 * the screen shows it, and writes the "from our answers" field once the device's copy is loaded.
 */
export function useProduction(handle: SessionHandle, production: Production | null): ProductionHandle | null {
  const [opened, setOpened] = useState<ProductionHandle | null>(null);
  // The production's record changes on every regroup; only the session and the production's id decide
  // what is opened, so the rest is read through a ref.
  const latest = useRef({ handle, production });
  latest.current = { handle, production };
  const sessionId = handle.sessionId;
  const productionId = production?.id ?? null;

  useEffect(() => {
    const { handle: current, production: record } = latest.current;
    if (!productionId || !record) return;
    const access = current.access;
    const document = openSyncedDocument({
      serverUrl: syncServerUrl(),
      path: `${sessionId}/group/${productionId}`,
      params: access.role === 'facilitator' ? { key: access.key } : { token: access.token },
      persistenceName: `peerloom:${sessionId}:group/${productionId}`,
      // A member's keystroke is painted first, then sent to the group.
      deferOutbound: deferOutbound((send) => afterNextPaint(send)),
    });
    const store = createProductionStore({
      doc: document.doc,
      production: record,
      actor: current.store.actor,
      now: serverNow,
    });
    let live = true;
    void document.loadedLocally.then(() => {
      if (live && access.role !== 'viewer') store.applySeed();
    });
    setOpened({ store, document });
    return () => {
      live = false;
      setOpened(null);
      store.destroy();
      void document.destroy();
    };
  }, [sessionId, productionId]);

  return opened;
}

const noContent: ProductionContent = Object.freeze({ fields: Object.freeze({}), words: 0, lastEditAt: null });
const noop = () => () => {};

/** What the production holds now (words per field), re-read when the group document changes. */
export function useProductionContent(opened: ProductionHandle | null): ProductionContent {
  return useSyncExternalStore(opened?.store.subscribe ?? noop, opened?.store.getContent ?? (() => noContent));
}

const connecting: CalmStatus = Object.freeze({ state: 'connecting', pending: 0 });
const getConnecting = () => connecting;

/**
 * The group document's save state (saved on the server, saving, offline with the changes kept on this device),
 * calm while someone types: it changes when typing starts and stops, not twice per keystroke, and renders after
 * the frame that shows the typed character.
 */
export function useProductionStatus(opened: ProductionHandle | null): CalmStatus {
  const calm = useMemo(() => (opened ? createCalmStatus(opened.document) : null), [opened]);
  const subscribe = useMemo(() => (calm ? subscribeAfterPaint(calm.subscribe) : noop), [calm]);
  return useSyncExternalStore(subscribe, calm?.getSnapshot ?? getConnecting);
}
