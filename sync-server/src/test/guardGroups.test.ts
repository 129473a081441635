import { CloseCode, GROUP_MAPS } from '@peerloom/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  expectOneRefusal,
  FIELD,
  fieldText,
  forgeUpdate,
  type GuardedSession,
  type Joined,
  SECRET,
  startGuardedSession,
  typeInto,
} from './guardFixture.ts';
import { type Peer, waitForDoc } from './relayFixture.ts';

/**
 * A group document (`S/group/G`) takes writes from the members `groupMembers` lists for G and the
 * facilitator. Anyone else's insert or delete is refused with 4422 (`not_a_member`); a member moved to
 * another group finishes what its device typed before the move, and nothing more. Members write the `authors`
 * entries of their own client ids only, naming themselves.
 */
describe('relay guard: group documents against non-members', () => {
  let guarded: GuardedSession;
  let ada: Joined;
  let bob: Joined;
  let cy: Joined;
  let witness: Peer;
  let adaPeer: Peer;
  let bobPeer: Peer;

  beforeEach(async () => {
    guarded = await startGuardedSession();
    [ada, bob, cy] = [await guarded.join('Ada'), await guarded.join('Bob'), await guarded.join('Cy')];
    await guarded.setMembers('G', [ada.participantId, bob.participantId]);
    witness = guarded.connectAs('group/G', 'facilitator');
    adaPeer = guarded.connectAs('group/G', ada);
    bobPeer = guarded.connectAs('group/G', bob);
    await Promise.all([witness.synced, adaPeer.synced, bobPeer.synced]);
    typeInto(adaPeer.doc, "Ada's draft. ");
    typeInto(bobPeer.doc, "Bob's part. ");
    for (const peer of [witness, adaPeer, bobPeer]) {
      await waitForDoc(
        peer.doc,
        () => fieldText(peer.doc).includes("Ada's") && fieldText(peer.doc).includes("Bob's"),
      );
    }
  });
  afterEach(() => guarded.fixture.cleanup());

  /** Members' words intact on the relay and on every honest device, and members still syncing. */
  const expectIntact = async () => {
    typeInto(bobPeer.doc, 'Still typing.');
    await waitForDoc(witness.doc, () => fieldText(witness.doc).includes('Still typing.'));
    for (const doc of [guarded.relayDoc('group/G') as Y.Doc, witness.doc, adaPeer.doc, bobPeer.doc]) {
      expect(fieldText(doc)).toContain("Ada's draft. ");
      expect(fieldText(doc)).toContain("Bob's part. ");
      expect(fieldText(doc)).not.toContain(SECRET);
    }
  };

  const writeAs = async (who: Joined, write: (doc: Y.Doc) => void) => {
    const raw = await guarded.rawSocket('group/G', `token=${who.token}`);
    raw.sendUpdate(forgeUpdate(witness.doc, 424242, write));
    return raw.closed;
  };
  const deleteAll = (doc: Y.Doc) => doc.getXmlFragment(FIELD).delete(0, doc.getXmlFragment(FIELD).length);

  it('an insert by a participant who is not a member is refused', async () => {
    const outsider = guarded.connectAs('group/G', cy);
    await outsider.synced;
    typeInto(outsider.doc, SECRET);
    expect((await outsider.closed).code).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, 'not_a_member');
    await expectIntact();
  });

  it("a non-member deleting the members' words is refused", async () => {
    expect(await writeAs(cy, deleteAll)).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, 'not_a_member');
    await expectIntact();
  });

  it('a member moved mid-sentence: what it typed offline before the move lands, then it may change nothing else', async () => {
    adaPeer.provider.disconnect();
    typeInto(adaPeer.doc, 'finished offline.');
    await guarded.setMembers('G', [bob.participantId]);
    adaPeer.provider.connect();
    await waitForDoc(witness.doc, () => fieldText(witness.doc).includes('finished offline.'));
    expect(guarded.fixture.relay.counters.refusedWrites).toBe(0);
    expect(adaPeer.provider.wsconnected).toBe(true);

    // From the next device it opens, or deleting a teammate's words, a former member is refused.
    expect(await writeAs(ada, deleteAll)).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, 'not_a_member');
    await expectIntact();
    expect(fieldText(witness.doc)).toContain('finished offline.');
  });

  it('a former member typing with a new client id is refused', async () => {
    await guarded.setMembers('G', [bob.participantId]);
    expect(await writeAs(ada, (doc) => typeInto(doc, SECRET))).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, 'not_a_member');
    await expectIntact();
  });

  describe('the authors entries (who wrote how much, on the session page)', () => {
    const authorsOf = (doc: Y.Doc) => doc.getMap<string>(GROUP_MAPS.authors);
    beforeEach(async () => {
      authorsOf(adaPeer.doc).set(String(adaPeer.doc.clientID), ada.participantId);
      await waitForDoc(witness.doc, () => authorsOf(witness.doc).has(String(adaPeer.doc.clientID)));
    });
    const adaEntryIntact = async () => {
      await expectIntact();
      for (const doc of [guarded.relayDoc('group/G') as Y.Doc, witness.doc, bobPeer.doc]) {
        expect(authorsOf(doc).get(String(adaPeer.doc.clientID))).toBe(ada.participantId);
      }
    };

    it("a member naming itself for its own new client id is applied; claiming another's is refused", async () => {
      const raw = await guarded.rawSocket('group/G', `token=${bob.token}`);
      raw.sendUpdate(
        forgeUpdate(witness.doc, 424242, (doc) => authorsOf(doc).set('424242', bob.participantId)),
      );
      await waitForDoc(witness.doc, () => authorsOf(witness.doc).get('424242') === bob.participantId);

      expect(
        await writeAs(bob, (doc) => authorsOf(doc).set(String(adaPeer.doc.clientID), bob.participantId)),
      ).toBe(CloseCode.writeRefused);
      await expectOneRefusal(guarded, 'foreign_key');
      await adaEntryIntact();
    });

    it('a member naming someone else for its own client id is refused', async () => {
      expect(await writeAs(bob, (doc) => authorsOf(doc).set('424242', ada.participantId))).toBe(
        CloseCode.writeRefused,
      );
      await expectOneRefusal(guarded, 'foreign_key');
      await adaEntryIntact();
      expect(authorsOf(witness.doc).has('424242')).toBe(false);
    });

    it("a member deleting another member's entry is refused", async () => {
      expect(await writeAs(bob, (doc) => authorsOf(doc).delete(String(adaPeer.doc.clientID)))).toBe(
        CloseCode.writeRefused,
      );
      await expectOneRefusal(guarded, 'foreign_delete');
      await adaEntryIntact();
    });
  });
});
