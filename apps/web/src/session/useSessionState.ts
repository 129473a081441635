import type { SessionSnapshot } from '@peerloom/session-model';
import { type SessionConnection, summarizeStatuses } from '@peerloom/sync-client';
import { useSyncExternalStore } from 'react';
import type { SessionHandle } from './useSessionHandle.ts';

export function useSnapshot(handle: SessionHandle): SessionSnapshot {
  return useSyncExternalStore(handle.store.subscribe, handle.store.getSnapshot);
}

export interface ConnectionView {
  connection: SessionConnection;
  refusalCode: number | null;
  /** Changes on this device not yet confirmed durable by the relay. */
  pending: number;
  /** The control document holds the relay's copy (so a seed cannot overwrite someone's edits). */
  controlSynced: boolean;
  /** Both documents came from the relay or from this device's copy, so screens can render. */
  loaded: boolean;
}

export function useConnection(handle: SessionHandle): ConnectionView {
  const status = useSyncExternalStore(handle.documents.subscribe, handle.documents.getStatus);
  const documents = [status.control, status.room];
  return {
    connection: summarizeStatuses(documents),
    refusalCode: documents.find((document) => document.refusal)?.refusal?.code ?? null,
    controlSynced: status.control.synced,
    pending: documents.reduce((sum, document) => sum + document.pending, 0),
    loaded: documents.every((document) => document.synced || document.loadedLocally),
  };
}
