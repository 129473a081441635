import { useCallback, useEffect, useState } from 'react';
import { ApiError, joinSession } from '../api/relayApi.ts';
import { loadParticipant, type ParticipantCredentials, saveCredentials } from './deviceStore.ts';

export type ParticipantAccessState =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; credentials: ParticipantCredentials }
  | { state: 'failed'; code: string; credentials: ParticipantCredentials };

/**
 * The participant's credentials on this device. When the relay refuses the token (expired,
 * or signed by an earlier secret), `renew` trades it for a fresh one for the same person.
 */
export function useParticipantAccess(sessionId: string) {
  const [access, setAccess] = useState<ParticipantAccessState>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    loadParticipant(sessionId).then(
      (credentials) =>
        current && setAccess(credentials ? { state: 'ready', credentials } : { state: 'missing' }),
      () => current && setAccess({ state: 'missing' }),
    );
    return () => {
      current = false;
    };
  }, [sessionId]);

  const renew = useCallback(async (credentials: ParticipantCredentials) => {
    try {
      const joined = await joinSession(credentials.code, credentials.name, credentials.token);
      const renewed = { ...credentials, participantId: joined.participantId, token: joined.token };
      await saveCredentials(renewed);
      setAccess({ state: 'ready', credentials: renewed });
    } catch (caught) {
      setAccess({ state: 'failed', code: caught instanceof ApiError ? caught.code : 'generic', credentials });
    }
  }, []);

  return { access, renew };
}
