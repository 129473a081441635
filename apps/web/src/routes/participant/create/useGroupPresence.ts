import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ProductionHandle } from '../../../session/useProduction.ts';
import { type GroupPeer, readGroupPeers } from './readGroupPeers.ts';

const noPeers: readonly Readonly<Record<string, unknown>>[] = [];
const noop = () => () => {};

/**
 * Tells the group who this device is (name and caret colour, presence only, never stored) and returns who else
 * of the group has the production open now.
 */
export function useGroupPresence(
  opened: ProductionHandle | null,
  user: { name: string; color: string; participantId: string },
): GroupPeer[] {
  const { name, color, participantId } = user;
  useEffect(() => {
    // A field merge, not a whole new state: the editors keep their caret positions in the same state.
    opened?.document.awareness.setLocalStateField('user', { name, color, participantId });
  }, [opened, name, color, participantId]);
  const states = useSyncExternalStore(
    opened?.document.subscribePeers ?? noop,
    opened?.document.getPeers ?? (() => noPeers),
  );
  return useMemo(() => readGroupPeers(states, participantId), [states, participantId]);
}
