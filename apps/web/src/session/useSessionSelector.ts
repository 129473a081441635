import type { SessionSnapshot } from '@peerloom/session-model';
import { useRef, useSyncExternalStore } from 'react';

/** What a selector reads from: a session store (its snapshots and their subscription). */
export interface SnapshotSource {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SessionSnapshot;
}

interface Selection<Selected> {
  snapshot: SessionSnapshot;
  select: (snapshot: SessionSnapshot) => Selected;
  selected: Selected;
}

/**
 * The part of the session a component reads (`select`): the component renders again only when that part changed
 * by `isEqual`, not at every change of the snapshot (an answer edit leaves the facilitator's roster as it was).
 * `select` may be a new function at each render; what it returns is kept while `isEqual` finds it unchanged.
 */
export function useSessionSelector<Selected>(
  store: SnapshotSource,
  select: (snapshot: SessionSnapshot) => Selected,
  isEqual: (a: Selected, b: Selected) => boolean = Object.is,
): Selected {
  const last = useRef<Selection<Selected> | null>(null);
  const getSelected = () => {
    const snapshot = store.getSnapshot();
    const previous = last.current;
    if (previous && previous.snapshot === snapshot && previous.select === select) return previous.selected;
    const fresh = select(snapshot);
    const selected = previous && isEqual(previous.selected, fresh) ? previous.selected : fresh;
    last.current = { snapshot, select, selected };
    return selected;
  };
  return useSyncExternalStore(store.subscribe, getSelected);
}
