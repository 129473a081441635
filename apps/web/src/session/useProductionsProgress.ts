import { asParticipantId, type Production } from '@peerloom/session-model';
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
  options: { persist?: boolean } = {},
): ProductionsProgress {
  const [tracker, setTracker] = useState<ProgressTracker | null>(null);
  const { sessionId, access } = handle;
  const accessKey = JSON.stringify(access);
  const persistAll = options.persist === true;

  useEffect(() => {
    const current = JSON.parse(accessKey) as SessionHandle['access'];
    const hub = openDocumentHub({
      serverUrl: syncServerUrl(),
      sessionId,
      auth: current.role === 'facilitator' ? { key: current.key } : { token: current.token },
      // The projector only reads; the facilitator keeps a copy so that an edit made offline survives a reload,
      // and the session page keeps one on every device so that it opens offline.
      persist: persistAll || current.role === 'facilitator',
    });
    const created = createProgressTracker({
      hub,
      // A member editing from the session page writes as themself, so their words are counted as theirs.
      actor:
        current.role === 'participant'
          ? { role: 'participant', participantId: asParticipantId(current.participantId) }
          : { role: current.role },
      now: serverNow,
      applySeeds: current.role === 'facilitator',
    });
    setTracker(created);
    return () => {
      setTracker(null);
      created.destroy();
    };
  }, [sessionId, accessKey, persistAll]);

  useEffect(() => {
    tracker?.track(productions);
  }, [tracker, productions]);

  const progress = useSyncExternalStore(tracker?.subscribe ?? noop, tracker?.getProgress ?? (() => empty));
  return { progress, getHandle: (productionId) => tracker?.getHandle(productionId) ?? null };
}
