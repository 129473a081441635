import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ProductionHandle } from '../../../session/useProduction.ts';
import { type GroupPeer, readGroupPeers } from './readGroupPeers.ts';

const noPeers: readonly Readonly<Record<string, unknown>>[] = [];
const noop = () => () => {};

/** Tells the group who this device is: name and caret colour, as presence only (never stored). */
export function useOwnPresence(
  opened: ProductionHandle | null,
  user: { name: string; color: string; participantId: string },
): void {
  const { name, color, participantId } = user;
  useEffect(() => {
    // A field merge, not a whole new state: the editors keep their caret positions in the same state.
    opened?.document.awareness.setLocalStateField('user', { name, color, participantId });
  }, [opened, name, color, participantId]);
}

/**
 * Who else of the group has the production open now. Presence changes with every caret move; the list keeps its
 * identity while the same people are here, so a screen re-renders only when someone comes or goes.
 */
export function useGroupPeers(opened: ProductionHandle | null, participantId: string): readonly GroupPeer[] {
  const states = useSyncExternalStore(
    opened?.document.subscribePeers ?? noop,
    opened?.document.getPeers ?? (() => noPeers),
  );
  const peers = readGroupPeers(states, participantId);
  const key = peers.map((peer) => `${peer.participantId}:${peer.name}:${peer.color}`).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the list's content.
  return useMemo(() => peers, [key]);
}
