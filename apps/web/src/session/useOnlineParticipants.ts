import { useSyncExternalStore } from 'react';
import type { SessionHandle } from './useSessionHandle.ts';

/** The participants with a device connected now, as the facilitator's device sees them. */
export function useOnlineParticipants(handle: SessionHandle): ReadonlySet<string> {
  return useSyncExternalStore(handle.documents.subscribeOnline, handle.documents.getOnlineParticipants);
}
