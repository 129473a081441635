import { openSessionFeedbackCommands, type SessionFeedbackCommandSet } from '@peerloom/session-model';
import { useMemo } from 'react';
import { serverNow } from './serverClock.ts';
import type { SessionHandle } from './useSessionHandle.ts';

/** The facilitator's anonymous feedback commands on this handle's open documents (the snapshots follow). */
export function useSessionFeedbackCommands(handle: SessionHandle): SessionFeedbackCommandSet {
  return useMemo(
    () =>
      openSessionFeedbackCommands({
        control: handle.documents.control,
        room: handle.documents.room,
        actor: handle.store.actor,
        now: serverNow,
      }),
    [handle],
  );
}
