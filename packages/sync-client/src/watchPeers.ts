import type { Awareness } from 'y-protocols/awareness';

import { onlyClient, type PresenceChange } from './onlyClient.ts';

type PeerState = Readonly<Record<string, unknown>>;

/** The other devices' presence states of one document, as a frozen list rebuilt on each change. */
export function watchPeers(awareness: Awareness) {
  const listeners = new Set<() => void>();
  let peers: readonly PeerState[] = Object.freeze([]);
  const onChange = (change: PresenceChange) => {
    // This device's own caret moves with every keystroke; the list of the others stays as it is.
    if (onlyClient(change, awareness.clientID)) return;
    peers = Object.freeze(
      [...awareness.getStates()]
        .filter(([clientId, state]) => clientId !== awareness.clientID && state && typeof state === 'object')
        .map(([, state]) => Object.freeze({ ...state })),
    );
    for (const listener of [...listeners]) listener();
  };
  awareness.on('change', onChange);
  return {
    getPeers: () => peers,
    subscribePeers(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      awareness.off('change', onChange);
    },
  };
}
