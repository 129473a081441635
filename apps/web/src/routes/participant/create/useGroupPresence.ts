import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
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
 * identity while the same people are here, so a screen re-renders only when someone comes or goes (the check
 * runs in the store's snapshot, so a caret move does not even render the screen to find out).
 */
export function useGroupPeers(opened: ProductionHandle | null, participantId: string): readonly GroupPeer[] {
  const cache = useRef<{ states: unknown; own: string; key: string; peers: readonly GroupPeer[] } | null>(
    null,
  );
  const getPeers = opened?.document.getPeers;
  const read = useCallback((): readonly GroupPeer[] => {
    const states = getPeers?.() ?? noPeers;
    const cached = cache.current;
    if (cached && cached.states === states && cached.own === participantId) return cached.peers;
    const peers = readGroupPeers(states, participantId);
    const key = peers.map((peer) => `${peer.participantId}:${peer.name}:${peer.color}`).join('|');
    if (cached && cached.key === key && cached.own === participantId) {
      cache.current = { ...cached, states };
      return cached.peers;
    }
    cache.current = { states, own: participantId, key, peers };
    return peers;
  }, [getPeers, participantId]);
  return useSyncExternalStore(opened?.document.subscribePeers ?? noop, read);
}
