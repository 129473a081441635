import type { DocumentStatus } from '@peerloom/sync-client';

/** What a save indicator says: one word for the document, and how many changes wait while it is not saved. */
export interface CalmStatus {
  readonly state: 'connecting' | 'saved' | 'saving' | 'offline' | 'refused';
  /** Changes not yet confirmed by the relay, re-read at most once per `countEveryMs` while the state holds. */
  readonly pending: number;
}

export interface CalmStatusSource {
  subscribe(listener: () => void): () => void;
  getStatus(): DocumentStatus;
}

export interface CalmStatusOptions {
  /** How long nothing must wait before "saving" turns to "saved" (typing keeps it on "saving"). */
  settleMs?: number;
  /** How often the number of waiting changes may change on screen while the state holds. */
  countEveryMs?: number;
}

export interface CalmStatusStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): CalmStatus;
}

function stateOf(status: DocumentStatus, shown: CalmStatus['state']): CalmStatus['state'] | 'settling' {
  if (status.connection === 'refused' || status.connection === 'offline') return status.connection;
  if (status.connection === 'connecting' || !status.synced) return 'connecting';
  if (status.pending > 0) return 'saving';
  return shown === 'saving' ? 'settling' : 'saved';
}

/**
 * A document's sync status as a save indicator shows it, without moving with every keystroke: the relay confirms
 * each keystroke within milliseconds, so the raw status flips twice per character (and re-renders, re-lays out
 * and repaints the page each time). Here "saving" shows at once (never "saved" while a change waits), turns to
 * "saved" once nothing has waited for `settleMs`, and the count of waiting changes moves at most once per
 * `countEveryMs`.
 */
export function createCalmStatus(source: CalmStatusSource, options: CalmStatusOptions = {}): CalmStatusStore {
  const settleMs = options.settleMs ?? 800;
  const countEveryMs = options.countEveryMs ?? 1000;
  const listeners = new Set<() => void>();
  const initial = source.getStatus();
  let snapshot: CalmStatus = Object.freeze({
    state: stateOf(initial, 'saved') as CalmStatus['state'],
    pending: initial.pending,
  });
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  let countTimer: ReturnType<typeof setTimeout> | null = null;
  let stopSource: (() => void) | null = null;

  const show = (next: CalmStatus) => {
    if (next.state === snapshot.state && next.pending === snapshot.pending) return;
    snapshot = Object.freeze(next);
    for (const listener of [...listeners]) listener();
  };
  const clearTimers = () => {
    if (settleTimer !== null) clearTimeout(settleTimer);
    if (countTimer !== null) clearTimeout(countTimer);
    settleTimer = null;
    countTimer = null;
  };
  const read = () => {
    const status = source.getStatus();
    const state = stateOf(status, snapshot.state);
    if (state === 'settling') {
      settleTimer ??= setTimeout(() => {
        settleTimer = null;
        if (stateOf(source.getStatus(), snapshot.state) === 'settling') show({ state: 'saved', pending: 0 });
        else read();
      }, settleMs);
      return;
    }
    if (settleTimer !== null) clearTimeout(settleTimer);
    settleTimer = null;
    if (state !== snapshot.state) {
      if (countTimer !== null) clearTimeout(countTimer);
      countTimer = null;
      show({ state, pending: status.pending });
      return;
    }
    if (status.pending === snapshot.pending) return;
    countTimer ??= setTimeout(() => {
      countTimer = null;
      const latest = source.getStatus();
      if (stateOf(latest, snapshot.state) === snapshot.state)
        show({ state: snapshot.state, pending: latest.pending });
    }, countEveryMs);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!stopSource) {
        stopSource = source.subscribe(read);
        read();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || !stopSource) return;
        stopSource();
        stopSource = null;
        clearTimers();
      };
    },
    getSnapshot: () => snapshot,
  };
}
