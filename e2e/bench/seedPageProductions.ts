import { createProductionStore, type Production, type TemplateField } from '@peerloom/session-model';
import { openSyncedDocument } from '@peerloom/sync-client';
import { createRandom } from '@peerloom/test-kit';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { openFacilitatorFromNode, until } from '../fixtures/facilitatorFromNode.ts';
import type { CreatedSession } from '../fixtures/startRelayProcess.ts';

const FIELDS = ['Problem', 'Idea', 'Plan'];
const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;
const VOCABULARY =
  'meeting agenda goal notes timer owner decision action review people team question answer learn share idea plan step'.split(
    ' ',
  );

export interface PageProductionsOptions {
  productions: number;
  /** About this many characters of text per production, spread over the template's fields. */
  textBytes: number;
  seed: number;
  /** Participant ids of each production's members; five made-up ids each by default. */
  members?: (production: number) => string[];
}

export interface SeededPage {
  productions: readonly Production[];
  template: readonly TemplateField[];
  /** Production id → characters of text written into its fields (what a device must have to show it whole). */
  characters: ReadonlyMap<string, number>;
  /** The last paragraph written, to wait for on a page that shows everything. */
  lastWords: string;
}

/** About `bytes` of seeded words, as paragraphs of one field. */
function paragraphs(random: ReturnType<typeof createRandom>, bytes: number): string[] {
  const result: string[] = [];
  let size = 0;
  while (size < bytes) {
    const words = Array.from({ length: 20 + random.integer(30) }, () => random.pick(VOCABULARY));
    const text = `${words.join(' ')}.`;
    result.push(text);
    size += text.length;
  }
  return result;
}

/**
 * Fills a session as its facilitator would, from Node through the app's model and sync client: one question,
 * a published grouping with one production per group, a three-field template, and about `textBytes` of seeded
 * paragraphs in every production (saved on the relay before it returns).
 */
export async function seedPageProductions(
  relayUrl: string,
  session: CreatedSession,
  options: PageProductionsOptions,
): Promise<SeededPage> {
  const random = createRandom(options.seed);
  const membersOf =
    options.members ??
    ((group: number) => Array.from({ length: 5 }, (_, member) => `member-${group}-${member}`));
  const facilitator = await openFacilitatorFromNode(relayUrl, session);
  const characters = new Map<string, number>();
  let lastWords = '';
  try {
    const { store } = facilitator;
    store.commands.addQuestion('What would make our meetings better?');
    store.commands.saveGrouping(
      'diverse',
      null,
      Array.from({ length: options.productions }, (_, group) => ({ label: [], members: membersOf(group) })),
    );
    store.commands.publishGrouping('diverse');
    store.commands.applyTemplate(FIELDS.map((title) => ({ title, hint: '', example: '' })));
    store.commands.setPhase('create');
    await facilitator.saved();
    const { productions, template } = store.getSnapshot();
    for (const production of productions) {
      const document = openSyncedDocument({
        serverUrl: `${relayUrl.replace(/^http/, 'ws')}/sync`,
        path: `${session.sessionId}/group/${production.id}`,
        params: { key: session.facilitatorKey },
        persistenceName: null,
        WebSocketImpl,
      });
      await until(() => document.getStatus().synced, 'a production', 30_000);
      const model = createProductionStore({ doc: document.doc, production, actor: { role: 'facilitator' } });
      let written = 0;
      document.doc.transact(() => {
        for (const field of template) {
          for (const text of paragraphs(random, options.textBytes / template.length)) {
            const paragraph = new Y.XmlElement('paragraph');
            paragraph.insert(0, [new Y.XmlText(text)]);
            const fragment = model.fieldFragment(field.id);
            fragment.insert(fragment.length, [paragraph]);
            written += text.length;
            lastWords = text;
          }
        }
      });
      characters.set(production.id, written);
      await until(() => document.getStatus().pending === 0, 'a production to be saved', 30_000);
      model.destroy();
      await document.destroy();
    }
    return { productions, template, characters, lastWords };
  } finally {
    await facilitator.close();
  }
}
