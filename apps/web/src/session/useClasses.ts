import {
  type ClassCommandSet,
  type ClassesState,
  openClassCommands,
  readClassesFor,
  type SessionSnapshot,
} from '@peerloom/session-model';
import { useMemo } from 'react';
import { serverNow } from './serverClock.ts';
import type { SessionHandle } from './useSessionHandle.ts';

/**
 * Step 5 on this handle's open documents: the schedule with its sign-ups resolved (as of `snapshot`, so it
 * follows every change), and the class commands of the device's role. Loaded with step 5's screens only.
 */
export function useClasses(
  handle: SessionHandle,
  snapshot: SessionSnapshot,
): { classes: ClassesState; commands: ClassCommandSet } {
  const commands = useMemo(
    () =>
      openClassCommands({
        control: handle.documents.control,
        room: handle.documents.room,
        actor: handle.store.actor,
        now: serverNow,
      }),
    [handle],
  );
  return { classes: readClassesFor(handle.documents, snapshot), commands };
}
