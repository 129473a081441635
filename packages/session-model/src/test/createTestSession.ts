import * as Y from 'yjs';
import { createSessionStore } from '../createSessionStore.ts';
import { CommandError } from '../schema/CommandError.ts';
import { asParticipantId, asSessionId } from '../schema/ids.ts';
import type { Language } from '../schema/limits.ts';

/** One seeded session on shared documents: the facilitator's store, and participants' stores on demand. */
export function createTestSession(language: Language = 'en') {
  const control = new Y.Doc();
  const room = new Y.Doc();
  const facilitator = createSessionStore({ control, room, actor: { role: 'facilitator' } });
  facilitator.commands.seedSession({ sessionId: asSessionId('s'), title: 'T', language, joinCode: 'ABCDEF' });
  /** A participant's store; with a name, they are on the roster too. */
  const participant = (id: string, name?: string) => {
    const store = createSessionStore({
      control,
      room,
      actor: { role: 'participant', participantId: asParticipantId(id) },
    });
    if (name !== undefined) store.commands.joinRoster(name);
    return store;
  };
  return { control, room, facilitator, participant };
}

/** The code a command refused with, or null when it ran. */
export function refusalOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof CommandError ? error.code : String(error);
  }
}
