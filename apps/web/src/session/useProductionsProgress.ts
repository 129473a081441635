import type { Production } from '@peerloom/session-model';
import { openDocumentHub } from '@peerloom/sync-client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { syncServerUrl } from '../api/relayApi.ts';
import {
  createProgressTracker,
  type ProductionProgress,
  type ProgressTracker,
} from './createProgressTracker.ts';
import { serverNow } from './serverClock.ts';
import type { ProductionHandle } from './useProduction.ts';
import type { SessionHandle } from './useSessionHandle.ts';

export type { ProductionProgress } from './createProgressTracker.ts';

export interface ProductionsProgress {
  /** Production id → words, fields and members online; absent until the production's document opened. */
  readonly progress: ReadonlyMap<string, ProductionProgress>;
  /** The open document and model of one production (the drawer's editors use it, no second socket). */
  readonly getHandle: (productionId: string) => ProductionHandle | null;
}

const empty: ReadonlyMap<string, ProductionProgress> = new Map();
const noop = () => () => {};

/**
 * Every production of the session, read over one WebSocket (the relay's document hub) rather than one
 * per group document: sixty groups cost the facilitator's tablet or the projector one connection.
 */
export function useProductionsProgress(
  handle: SessionHandle,
  productions: readonly Production[],
): ProductionsProgress {
  const [tracker, setTracker] = useState<ProgressTracker | null>(null);
  const { sessionId, access } = handle;
  const accessKey = JSON.stringify(access);

  useEffect(() => {
    const current = JSON.parse(accessKey) as SessionHandle['access'];
    const hub = openDocumentHub({
      serverUrl: syncServerUrl(),
      sessionId,
      auth: current.role === 'facilitator' ? { key: current.key } : { token: current.token },
      // The projector only reads; the facilitator keeps a copy so that an edit made offline survives a reload.
      persist: current.role === 'facilitator',
    });
    const created = createProgressTracker({
      hub,
      actor: current.role === 'facilitator' ? { role: 'facilitator' } : { role: 'viewer' },
      now: serverNow,
      applySeeds: current.role === 'facilitator',
    });
    setTracker(created);
    return () => {
      setTracker(null);
      created.destroy();
    };
  }, [sessionId, accessKey]);

  useEffect(() => {
    tracker?.track(productions);
  }, [tracker, productions]);

  const progress = useSyncExternalStore(tracker?.subscribe ?? noop, tracker?.getProgress ?? (() => empty));
  return { progress, getHandle: (productionId) => tracker?.getHandle(productionId) ?? null };
}
