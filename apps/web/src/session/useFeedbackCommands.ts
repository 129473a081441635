import { type FeedbackCommandSet, openFeedbackCommands } from '@peerloom/session-model';
import { useMemo } from 'react';
import { serverNow } from './serverClock.ts';
import type { SessionHandle } from './useSessionHandle.ts';

/**
 * Comment, react and moderate on this handle's open documents (the store's snapshots follow). Loaded with the
 * screens that show feedback, so a phone's first download does not carry these commands.
 */
export function useFeedbackCommands(handle: SessionHandle): FeedbackCommandSet {
  return useMemo(
    () =>
      openFeedbackCommands({
        control: handle.documents.control,
        room: handle.documents.room,
        actor: handle.store.actor,
        now: serverNow,
      }),
    [handle],
  );
}
