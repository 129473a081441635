import { createParticipantCommands } from './commands/participantCommands.ts';
import type { SessionStore } from './createSessionStore.ts';
import { openSessionStore, type SessionStoreOptions } from './openSessionStore.ts';

/** What a participant's device may do: join, fill its profile, answer. */
export type ParticipantCommands = ReturnType<typeof createParticipantCommands>;

/** A participant's or a viewer's store: the same snapshots, and only the commands a participant may run. */
export const createParticipantStore = (options: SessionStoreOptions): SessionStore<ParticipantCommands> =>
  openSessionStore(options, createParticipantCommands);
