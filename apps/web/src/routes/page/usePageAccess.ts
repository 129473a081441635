import { useCallback, useEffect, useState } from 'react';
import { ApiError, joinSession } from '../../api/relayApi.ts';
import { loadFacilitator, loadParticipant, saveCredentials } from '../../session/deviceStore.ts';
import type { SessionAccess } from '../../session/useSessionHandle.ts';

export type PageAccessState =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; access: SessionAccess; name: string }
  | { state: 'failed'; code: string };

/** A read link's viewer token, carried in the URL fragment (`#read=TOKEN`), never sent in a request line. */
export const readTokenFromFragment = () => new URLSearchParams(location.hash.slice(1)).get('read');

/**
 * Who opens the page on this device: a read link's viewer, else the facilitator (key on the device), else a
 * participant (token on the device, traded for a fresh one when the relay refuses it, as on `/s/:id`).
 */
export function usePageAccess(sessionId: string) {
  const [access, setAccess] = useState<PageAccessState>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    const settle = (next: PageAccessState) => current && setAccess(next);
    const readToken = readTokenFromFragment();
    if (readToken) {
      settle({ state: 'ready', access: { role: 'viewer', token: readToken }, name: '' });
      return;
    }
    (async () => {
      const facilitator = await loadFacilitator(sessionId).catch(() => undefined);
      if (facilitator)
        return settle({ state: 'ready', access: { role: 'facilitator', key: facilitator.key }, name: '' });
      const participant = await loadParticipant(sessionId).catch(() => undefined);
      if (participant) {
        return settle({
          state: 'ready',
          access: { role: 'participant', participantId: participant.participantId, token: participant.token },
          name: participant.name,
        });
      }
      settle({ state: 'missing' });
    })();
    return () => {
      current = false;
    };
  }, [sessionId]);

  /** Trades the participant's refused token for a fresh one for the same person. */
  const renew = useCallback(async () => {
    const credentials = await loadParticipant(sessionId).catch(() => undefined);
    if (!credentials) return setAccess({ state: 'missing' });
    try {
      const joined = await joinSession(credentials.code, credentials.name, credentials.token);
      await saveCredentials({ ...credentials, participantId: joined.participantId, token: joined.token });
      setAccess({
        state: 'ready',
        access: { role: 'participant', participantId: joined.participantId, token: joined.token },
        name: credentials.name,
      });
    } catch (caught) {
      setAccess({ state: 'failed', code: caught instanceof ApiError ? caught.code : 'generic' });
    }
  }, [sessionId]);

  return { access, renew };
}
