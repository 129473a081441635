import * as Y from 'yjs';
import { type ProductionPage, readProductionPage } from '../page/readProductionPage.ts';
import { rootNamesChanged } from '../rootNamesChanged.ts';
import { fieldFragmentName } from '../schema/creationLayout.ts';
import type { Production } from '../schema/creationTypes.ts';
import { pageLayout } from '../schema/pageLayout.ts';
import type { Actor, CommandOrigin } from '../schema/types.ts';
import { afterNextPaint } from './afterNextPaint.ts';
import { buildSeedUpdate } from './buildSeedUpdate.ts';
import { countWords, readFragmentText } from './countFragmentWords.ts';

/** A field counts as filled from this many words on. */
export const FILLED_FIELD_WORDS = 12;

export interface FieldProgress {
  readonly words: number;
  readonly started: boolean;
  readonly filled: boolean;
}

/** What a production holds, read from its group document; a new object only when the document changed. */
export interface ProductionContent {
  /** Field id → words written; fields nobody wrote in are absent. */
  readonly fields: Readonly<Record<string, FieldProgress>>;
  readonly words: number;
  /** Server time of the last edit any member made (written at most every 20 s per device), or null. */
  readonly lastEditAt: number | null;
}

export interface ProductionStoreOptions {
  /** The group document `SESSION/group/PRODUCTION_ID`, as sync-client opened it. */
  doc: Y.Doc;
  production: Production;
  actor: Actor;
  /** Server time, as for the session store. */
  now?: () => number;
  /**
   * When subscribers hear of changes: every transaction of a frame is told once, just after the next frame was
   * painted (or after 100 ms where frames do not run, e.g. a hidden tab or Node). Tests may pass their own.
   */
  scheduleNotify?: (notify: () => void) => void;
}

export interface ProductionStore {
  getContent(): ProductionContent;
  /** Each field's rich text and the words per member, for the session page; a new object only after a change. */
  getPage(): ProductionPage;
  subscribe(listener: () => void): () => void;
  /** The shared text of one field, for `packages/editor` to bind to. */
  fieldFragment(fieldId: string): Y.XmlFragment;
  /** Writes the "start from our answers" field if the production has one; the same items on every device. */
  applySeed(): void;
  /** Empties a field (e.g. the group deletes the "from our answers" field). */
  clearField(fieldId: string): void;
  destroy(): void;
}

const LAST_EDIT_EVERY_MS = 20_000;
const FIELD_PREFIX = fieldFragmentName('');

/** The model of one production's group document: field texts for the editor, progress out. */
export function createProductionStore(options: ProductionStoreOptions): ProductionStore {
  const { doc, production, actor } = options;
  const now = options.now ?? Date.now;
  const meta = doc.getMap<unknown>('meta');
  const origin = (command: string): CommandOrigin => ({ source: 'command', command, actor });
  const listeners = new Set<() => void>();
  const scheduleNotify = options.scheduleNotify ?? afterNextPaint;
  let content: ProductionContent | null = null;
  let page: ProductionPage | null = null;
  const authors = pageLayout.authors(doc);
  let lastEditWritten = 0;
  /** Words per field, recounted when read, only for the fields a transaction touched since. */
  const counts = new Map<string, number>();
  const touched = new Set<string>();
  let countsReady = false;
  let notifyScheduled = false;

  const countField = (name: string) => {
    const count = countWords(readFragmentText(doc.getXmlFragment(name)));
    if (count > 0) counts.set(name, count);
    else counts.delete(name);
  };

  const read = (): ProductionContent => {
    if (!countsReady) {
      counts.clear();
      touched.clear();
      for (const name of doc.share.keys()) if (name.startsWith(FIELD_PREFIX)) countField(name);
      countsReady = true;
    }
    for (const name of touched) countField(name);
    touched.clear();
    const fields: Record<string, FieldProgress> = {};
    let words = 0;
    for (const [name, count] of counts) {
      fields[name.slice(FIELD_PREFIX.length)] = Object.freeze({
        words: count,
        started: true,
        filled: count >= FILLED_FIELD_WORDS,
      });
      words += count;
    }
    const lastEditAt = meta.get('lastEditAt');
    return Object.freeze({
      fields: Object.freeze(fields),
      words,
      lastEditAt: typeof lastEditAt === 'number' ? lastEditAt : null,
    });
  };

  const notify = () => {
    notifyScheduled = false;
    for (const listener of [...listeners]) listener();
  };

  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    content = null;
    page = null;
    if (countsReady) {
      const roots = rootNamesChanged(doc, transaction);
      if (roots === null) countsReady = false;
      else for (const name of roots) if (name.startsWith(FIELD_PREFIX)) touched.add(name);
    }
    const byMember =
      transaction.local &&
      !(transaction.origin && (transaction.origin as CommandOrigin).source === 'command');
    if (byMember && actor.role !== 'viewer' && now() - lastEditWritten > LAST_EDIT_EVERY_MS) {
      lastEditWritten = now();
      queueMicrotask(() => doc.transact(() => meta.set('lastEditAt', lastEditWritten), origin('markEdited')));
    }
    // Who wrote how much is read from the items' client ids: the member's device says once whose they are.
    if (
      byMember &&
      actor.role === 'participant' &&
      authors.get(String(doc.clientID)) !== actor.participantId
    ) {
      queueMicrotask(() => {
        const clientId = String(doc.clientID);
        if (authors.get(clientId) === actor.participantId) return;
        doc.transact(() => authors.set(clientId, actor.participantId), origin('recordAuthor'));
      });
    }
    if (!notifyScheduled && listeners.size > 0) {
      notifyScheduled = true;
      scheduleNotify(notify);
    }
  };
  doc.on('afterTransaction', onAfterTransaction);

  return {
    getContent() {
      content ??= read();
      return content;
    },
    getPage() {
      page ??= readProductionPage(doc);
      return page;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fieldFragment: (fieldId) => doc.getXmlFragment(fieldFragmentName(fieldId)),
    applySeed() {
      const update = buildSeedUpdate(production);
      if (update) Y.applyUpdate(doc, update, origin('applySeed'));
    },
    clearField(fieldId) {
      const fragment = doc.getXmlFragment(fieldFragmentName(fieldId));
      doc.transact(() => fragment.delete(0, fragment.length), origin('clearField'));
    },
    destroy() {
      doc.off('afterTransaction', onAfterTransaction);
      listeners.clear();
      notifyScheduled = true;
    },
  };
}
