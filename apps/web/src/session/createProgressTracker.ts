import {
  type Actor,
  createProductionStore,
  type Production,
  type ProductionContent,
  type ProductionStore,
} from '@peerloom/session-model';
import type { DocumentHub, DocumentStatus } from '@peerloom/sync-client';
import type { ProductionHandle } from './useProduction.ts';

/** What the facilitator's and the projector's walls show of one production. */
export interface ProductionProgress {
  readonly content: ProductionContent;
  /** Participant ids of the members whose device has the production open now. */
  readonly online: readonly string[];
  readonly status: DocumentStatus;
}

export interface ProgressTracker {
  /** Opens the productions not open yet on the hub; those no longer listed stay open until `destroy`. */
  track(productions: readonly Production[]): void;
  getProgress(): ReadonlyMap<string, ProductionProgress>;
  subscribe(listener: () => void): () => void;
  /** The hub document and model of one tracked production, for editors in the facilitator's drawer. */
  getHandle(productionId: string): ProductionHandle | null;
  destroy(): void;
}

interface Tracked {
  readonly handle: ProductionHandle;
  readonly stop: () => void;
}

export interface ProgressTrackerOptions {
  hub: DocumentHub;
  actor: Actor;
  now: () => number;
  /** Writes a production's "from our answers" field once loaded (the facilitator's device may). */
  applySeeds: boolean;
  /** Batches redraws: sixty groups typing would otherwise redraw the wall on every keystroke. */
  redrawEveryMs?: number;
}

const participantOf = (peer: Readonly<Record<string, unknown>>): string | null => {
  const user = peer.user;
  if (!user || typeof user !== 'object') return null;
  const id = (user as { participantId?: unknown }).participantId;
  return typeof id === 'string' && id !== '' ? id : null;
};

/**
 * Every production of a session read over ONE hub socket: a production store per group document for
 * its words and fields, the document's presence for the members who have it open.
 */
export function createProgressTracker(options: ProgressTrackerOptions): ProgressTracker {
  const { hub, actor, now, applySeeds } = options;
  const redrawEveryMs = options.redrawEveryMs ?? 250;
  const tracked = new Map<string, Tracked>();
  const listeners = new Set<() => void>();
  let progress: ReadonlyMap<string, ProductionProgress> = new Map();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let destroyed = false;

  const rebuild = () => {
    timer = null;
    if (destroyed) return;
    const next = new Map<string, ProductionProgress>();
    for (const [id, { handle }] of tracked) {
      const online = new Set<string>();
      for (const peer of handle.document.getPeers()) {
        const participantId = participantOf(peer);
        if (participantId) online.add(participantId);
      }
      next.set(
        id,
        Object.freeze({
          content: handle.store.getContent(),
          online: Object.freeze([...online]),
          status: handle.document.getStatus(),
        }),
      );
    }
    progress = next;
    for (const listener of [...listeners]) listener();
  };
  const schedule = () => {
    if (timer === null && !destroyed) timer = setTimeout(rebuild, redrawEveryMs);
  };

  const open = (production: Production): Tracked => {
    const document = hub.open(`group/${production.id}`);
    const store: ProductionStore = createProductionStore({ doc: document.doc, production, actor, now });
    const stops = [
      store.subscribe(schedule),
      document.subscribe(schedule),
      document.subscribePeers(schedule),
    ];
    if (applySeeds) {
      void document.loadedLocally.then(() => {
        if (!destroyed) store.applySeed();
      });
    }
    return {
      handle: { store, document },
      stop: () => {
        for (const stop of stops) stop();
        store.destroy();
      },
    };
  };

  return {
    track(productions) {
      if (destroyed) return;
      let added = false;
      for (const production of productions) {
        if (tracked.has(production.id)) continue;
        tracked.set(production.id, open(production));
        added = true;
      }
      if (added) rebuild();
    },
    getProgress: () => progress,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getHandle: (productionId) => tracked.get(productionId)?.handle ?? null,
    destroy() {
      destroyed = true;
      if (timer) clearTimeout(timer);
      for (const { stop } of tracked.values()) stop();
      tracked.clear();
      listeners.clear();
      void hub.destroy();
    },
  };
}
