import { GROUP_MAPS, ROOM_MAPS } from '@peerloom/protocol';
import type * as Y from 'yjs';

/** Root maps of the session page (`/g/:id`), one per document, each with a single kind of writer. */
export const pageLayout = {
  /**
   * In `control` (the facilitator only): `order` → production ids in the page's order (productions not listed
   * follow, in the session's order); `hidden` → { productionId: true } for productions left off the page.
   */
  page: (control: Y.Doc) => control.getMap<unknown>('page'),
  /** In `room`: participant id → true when that person asked not to be named in contributions (own key). */
  contributionOptOut: (room: Y.Doc) => room.getMap<boolean>(ROOM_MAPS.contributionOptOut),
  /** In a group document: Yjs client id (decimal string) → the participant whose device writes with it. */
  authors: (group: Y.Doc) => group.getMap<string>(GROUP_MAPS.authors),
};
