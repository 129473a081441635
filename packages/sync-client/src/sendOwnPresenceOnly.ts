import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import { sendOwnPresence } from './sendOwnPresence.ts';

const messageAwareness = 1;

/**
 * Makes `provider` send only this device's own presence, throttled (see `sendOwnPresence`). y-websocket
 * (2.x and 3.1) sends every awareness change it sees, including the states it has just received from the
 * relay (`_awarenessUpdateHandler` ignores the origin), so each caret move of one member came back to the
 * relay from every other member. A due send waits for `schedule` when given. `destroy()` unregisters whatever `_awarenessUpdateHandler` holds, so a
 * no-op takes its place; the returned function stops our sender.
 *
 * On each (re)connection it also renews the local state: the others removed it when this device went
 * away but kept its clock, and y-protocols ignores a state whose clock is not newer, so without the
 * renewal a returning device stayed invisible until its next change (up to 15 s).
 */
export function sendOwnPresenceOnly(
  provider: WebsocketProvider,
  schedule?: (send: () => void) => void,
): () => void {
  const { awareness } = provider;
  awareness.off('update', provider._awarenessUpdateHandler);
  provider._awarenessUpdateHandler = () => {};
  const stop = sendOwnPresence({
    awareness,
    schedule,
    send: (update) => {
      const ws = provider.ws;
      if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageAwareness);
      encoding.writeVarUint8Array(encoder, update);
      ws.send(encoding.toUint8Array(encoder));
    },
  });
  provider.on('status', ({ status }) => {
    const state = awareness.getLocalState();
    if (status === 'connected' && state !== null) awareness.setLocalState(state);
  });
  return stop;
}
