import { ROOM_MAPS } from '@peerloom/protocol';
import type * as Y from 'yjs';
import type { CommandContext } from '../commands/CommandContext.ts';
import { createContributionCommands } from '../commands/contributionCommands.ts';
import { createPageCommands } from '../commands/pageCommands.ts';
import { rootNamesChanged } from '../rootNamesChanged.ts';
import type { ParticipantId } from '../schema/ids.ts';
import { controlLayout } from '../schema/layout.ts';
import type { PageSettings } from '../schema/pageTypes.ts';
import { readContributionOptOut, readPageSettings } from '../schema/readPage.ts';
import type { Actor } from '../schema/types.ts';

/** What the session page reads beyond the session snapshot; a new object only when a document changed. */
export interface PageState {
  /** When the facilitator created the session (server time), or null before the seed arrived. */
  readonly createdAt: number | null;
  /** The facilitator's order and hidden productions. */
  readonly settings: PageSettings;
  /** People who asked not to be named in the page's contributions. */
  readonly contributionOptOut: readonly ParticipantId[];
}

export type PageCommands = ReturnType<typeof createPageCommands> &
  ReturnType<typeof createContributionCommands>;

export interface PageStore {
  getState(): PageState;
  subscribe(listener: () => void): () => void;
  /** The facilitator's (order, hide) and a participant's (opt out of being named); each refuses other roles. */
  readonly commands: PageCommands;
  destroy(): void;
}

export interface PageStoreOptions {
  control: Y.Doc;
  room: Y.Doc;
  actor: Actor;
  now?: () => number;
}

/**
 * The session page's own model over the session's control and room documents (the same ones the session store
 * reads): the page's arrangement and the contribution opt-outs. Apart from the session store, so a phone's
 * participant route does not download it.
 */
export function createPageStore(options: PageStoreOptions): PageStore {
  const { control, room, actor } = options;
  const context: CommandContext = { control, room, actor, now: options.now ?? Date.now };
  const listeners = new Set<() => void>();
  let state: PageState | null = null;
  const changed = () => {
    state = null;
    for (const listener of [...listeners]) listener();
  };
  const onControlChange = (transaction: Y.Transaction) => {
    if (transaction.changed.size > 0) changed();
  };
  // Of room, the page state reads only the opt-outs: a comment or an answer changes nothing here.
  const onRoomChange = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    const names = rootNamesChanged(room, transaction);
    if (names === null || names.has(ROOM_MAPS.contributionOptOut)) changed();
  };
  control.on('afterTransaction', onControlChange);
  room.on('afterTransaction', onRoomChange);
  return {
    getState() {
      if (!state) {
        const createdAt = controlLayout.session(control).get('createdAt');
        state = Object.freeze({
          createdAt: typeof createdAt === 'number' ? createdAt : null,
          settings: readPageSettings(control),
          contributionOptOut: readContributionOptOut(room),
        });
      }
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commands: { ...createPageCommands(context), ...createContributionCommands(context) },
    destroy() {
      control.off('afterTransaction', onControlChange);
      room.off('afterTransaction', onRoomChange);
      listeners.clear();
    },
  };
}
