import { useEffect, useState } from 'react';
import { ApiError, describeSession } from '../api/relayApi.ts';
import { type FacilitatorCredentials, loadFacilitator, saveCredentials } from './deviceStore.ts';

export type FacilitatorAccessState =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'invalid' }
  | { state: 'ready'; credentials: FacilitatorCredentials };

const keyFromFragment = () => new URLSearchParams(location.hash.slice(1)).get('key');

/**
 * The facilitator key comes from this device's store, or from a facilitator link's URL fragment
 * (never sent to a server in a request line); the fragment is removed from the address bar at once.
 */
export function useFacilitatorAccess(sessionId: string): FacilitatorAccessState {
  const [access, setAccess] = useState<FacilitatorAccessState>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    const settle = (next: FacilitatorAccessState) => current && setAccess(next);
    const linkKey = keyFromFragment();
    if (linkKey) history.replaceState(null, '', location.pathname + location.search);

    (async () => {
      const stored = await loadFacilitator(sessionId).catch(() => undefined);
      if (!linkKey) return settle(stored ? { state: 'ready', credentials: stored } : { state: 'missing' });
      try {
        const described = await describeSession(sessionId, linkKey);
        const credentials: FacilitatorCredentials = {
          kind: 'facilitator',
          sessionId,
          code: described.code,
          title: described.title,
          language: described.language,
          key: linkKey,
          viewerToken: described.viewerToken,
        };
        await saveCredentials(credentials);
        settle({ state: 'ready', credentials });
      } catch (caught) {
        if (caught instanceof ApiError && caught.code === 'network') {
          const credentials = stored?.key === linkKey ? stored : undefined;
          return settle(
            credentials
              ? { state: 'ready', credentials }
              : {
                  state: 'ready',
                  credentials: {
                    kind: 'facilitator',
                    sessionId,
                    code: '',
                    title: '',
                    language: 'en',
                    key: linkKey,
                    viewerToken: '',
                  },
                },
          );
        }
        settle({ state: 'invalid' });
      }
    })();
    return () => {
      current = false;
    };
  }, [sessionId]);

  return access;
}
