import * as Y from 'yjs';
import { fieldFragmentName } from '../schema/creationLayout.ts';
import { pageLayout } from '../schema/pageLayout.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const FIELD_PREFIX = fieldFragmentName('');

/** Adds the words of one text to `counts`, each word to the Yjs client that typed its first character. */
function countText(text: Y.XmlText, counts: Map<number, number>): void {
  let joined = '';
  const clients: number[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    const piece = item.content.str;
    joined += piece;
    for (let index = 0; index < piece.length; index++) clients.push(item.id.client);
  }
  for (const match of joined.matchAll(WORD)) {
    const client = clients[match.index] ?? -1;
    counts.set(client, (counts.get(client) ?? 0) + 1);
  }
}

function countNode(node: Y.XmlFragment | Y.XmlElement, counts: Map<number, number>): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) countText(child, counts);
    else if (child instanceof Y.XmlElement) countNode(child, counts);
  }
}

/** Words a group document holds, per participant who wrote them. */
export interface WordsByAuthor {
  /** Participant id → words still in the production that their devices typed. */
  readonly byParticipant: Readonly<Record<string, number>>;
  /** Words typed by no known participant (the "from our answers" quotes, the facilitator, older copies). */
  readonly unattributed: number;
}

/**
 * Who wrote how much, from the document's own history: every Yjs item carries the client id of the device
 * that made it, and the group document's `authors` map says which participant each client id belongs to.
 * Only the words still in the text count (a deleted word counts for nobody).
 */
export function countWordsByAuthor(doc: Y.Doc): WordsByAuthor {
  const counts = new Map<number, number>();
  for (const name of doc.share.keys()) {
    if (name.startsWith(FIELD_PREFIX)) countNode(doc.getXmlFragment(name), counts);
  }
  const authors = pageLayout.authors(doc);
  const byParticipant: Record<string, number> = {};
  let unattributed = 0;
  for (const [client, words] of counts) {
    const participantId = authors.get(String(client));
    if (typeof participantId === 'string' && participantId !== '') {
      byParticipant[participantId] = (byParticipant[participantId] ?? 0) + words;
    } else {
      unattributed += words;
    }
  }
  return Object.freeze({ byParticipant: Object.freeze(byParticipant), unattributed });
}
