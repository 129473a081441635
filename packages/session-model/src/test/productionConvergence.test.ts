import { createPeerNetwork, seedFromEnvironment } from '@peerloom/test-kit';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFragmentText } from '../production/countFragmentWords.ts';
import { createProductionStore } from '../production/createProductionStore.ts';
import type { Production } from '../schema/creationTypes.ts';
import { asParticipantId } from '../schema/ids.ts';

const MEMBERS = 5;
const production: Production = {
  id: 'p-convergence',
  number: 1,
  name: '',
  place: '',
  label: ['team'],
  groupingKind: 'thematic',
  groupId: 'g1',
  members: Array.from({ length: MEMBERS }, (_, index) => asParticipantId(`m${index}`)),
  formerMembers: [],
  roles: { leader: null, appMaster: null, timeMaster: null },
  seed: {
    quotes: [{ participantId: asParticipantId('m0'), name: 'Ada', text: 'we share' }],
    terms: ['team'],
  },
  createdAt: 1,
  retired: false,
};

/** Types `text` at the end of a random paragraph of `field` (a new one when empty), as an editor would. */
function typeInto(doc: Y.Doc, field: string, text: string, pick: number) {
  const fragment = doc.getXmlFragment(`field:${field}`);
  doc.transact(() => {
    if (fragment.length === 0 || pick < 0.2) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('')]);
      fragment.insert(Math.floor(pick * (fragment.length + 1)), [paragraph]);
    }
    const paragraph = fragment.get(Math.floor(pick * fragment.length)) as Y.XmlElement;
    const leaf = paragraph.get(0) as Y.XmlText | undefined;
    if (leaf instanceof Y.XmlText) leaf.insert(leaf.length, text);
  });
}

describe('a group document under seeded random delivery', () => {
  for (const seed of [11, 12, 13, seedFromEnvironment()]) {
    it(`every member ends with the same production, every surviving word in it (seed ${seed})`, () => {
      const network = createPeerNetwork({ peers: MEMBERS, docNames: ['group'], seed });
      const stores = network.peers.map((peer) =>
        createProductionStore({
          doc: peer.doc('group'),
          production,
          actor: { role: 'participant', participantId: asParticipantId(`m${peer.index}`) },
        }),
      );
      for (const store of stores) store.applySeed();
      const typed: string[] = [];
      for (let round = 0; round < 40; round++) {
        for (const peer of network.peers) {
          const word = ` w${peer.index}x${round}`;
          typeInto(peer.doc('group'), round % 3 === 0 ? 'plan' : 'idea', word, network.random.next());
          typed.push(word.trim());
        }
        if (round === 20) {
          // Two members delete the same first paragraph of the same field at the same moment.
          for (const peer of network.peers.slice(0, 2)) {
            const fragment = peer.doc('group').getXmlFragment('field:idea');
            if (fragment.length > 1) fragment.delete(0, 1);
          }
          // Words typed after everyone saw the deletion must all survive.
          network.deliverAll();
        }
        network.deliverSome();
      }
      network.deliverAll();

      const texts = network.peers.map((peer) =>
        ['fromAnswers', 'idea', 'plan'].map((field) =>
          readFragmentText(peer.doc('group').getXmlFragment(`field:${field}`)),
        ),
      );
      for (const [index, text] of texts.entries()) {
        expect(text, `member ${index} diverged; rerun with SEED=${seed}`).toEqual(texts[0]);
      }
      expect(texts[0]?.[0]).toBe('“we share” — Ada\n#team');
      const words = stores[0]?.getContent();
      expect(words?.fields.plan?.words).toBeGreaterThan(0);
      const all = (texts[0] ?? []).join(' ');
      const lastRound = typed.filter((word) => Number(word.split('x')[1]) > 20);
      for (const word of lastRound) expect(all, `lost ${word}; rerun with SEED=${seed}`).toContain(word);
    });
  }
});
