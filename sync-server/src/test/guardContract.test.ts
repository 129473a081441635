import { CONTROL_MAPS } from '@peerloom/protocol';
import {
  asParticipantId,
  createPageStore,
  createParticipantStore,
  createProductionStore,
  createSessionStore,
  FROM_ANSWERS_FIELD_ID,
  fieldFragmentName,
  getRubricPresets,
  openEvaluationCommands,
  openFeedbackCommands,
  type QuestionId,
} from '@peerloom/session-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type DocAddress, parseSessionDocPath, readGroupMembers } from '../rooms/documentKinds.ts';
import { type Peer, type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
}
interface Joined {
  participantId: string;
  token: string;
}

/**
 * The contract between the model and the relay: every `room` command the model offers a participant
 * passes the relay's guard, live and after an offline stretch (sync step 2), and the members
 * `publishGrouping` writes are the ones the relay reads to allow writes to a group document.
 */
describe('session-model commands against the relay guard', () => {
  let fixture: RelayFixture;
  let session: Created;

  beforeEach(async () => {
    fixture = await startRelay();
    session = (await fixture.post<Created>('/api/sessions', { title: 'Contract', language: 'en' })).body;
  });
  afterEach(() => fixture.cleanup());

  const openDocuments = async (params: Record<string, string>) => {
    const control = fixture.connect(`${session.sessionId}/control`, params);
    const room = fixture.connect(`${session.sessionId}/room`, params);
    await Promise.all([control.synced, room.synced]);
    return { control, room };
  };

  const participant = async (name: string) => {
    const joined = (await fixture.post<Joined>('/api/join', { code: session.code, name })).body;
    const peers = await openDocuments({ token: joined.token });
    const options = {
      control: peers.control.doc,
      room: peers.room.doc,
      actor: { role: 'participant' as const, participantId: asParticipantId(joined.participantId) },
    };
    return {
      id: joined.participantId,
      token: joined.token,
      peers,
      store: createParticipantStore(options),
      feedback: openFeedbackCommands(options),
      evaluation: openEvaluationCommands(options),
      page: createPageStore(options),
    };
  };

  /** The facilitator's documents and store, with the session seeded. */
  const openFacilitator = async () => {
    const facilitatorPeers = await openDocuments({ key: session.facilitatorKey });
    const facilitator = createSessionStore({
      control: facilitatorPeers.control.doc,
      room: facilitatorPeers.room.doc,
      actor: { role: 'facilitator' },
    });
    facilitator.commands.seedSession({
      sessionId: session.sessionId as never,
      title: 'Contract',
      language: 'en',
      joinCode: session.code,
    });
    return { facilitatorPeers, facilitator };
  };

  const seenBy = (doc: Y.Doc, map: string, key: string, check: (value: unknown) => boolean) =>
    waitForDoc(doc, () => check(doc.getMap(map).get(key)));

  it('accepts every participant command on room, live and after reconnecting, and refuses none', async () => {
    const { facilitatorPeers, facilitator } = await openFacilitator();
    const question: QuestionId = facilitator.commands.addQuestion('What would you change?');
    facilitator.commands.setActiveQuestion(question);

    const ada = await participant('Ada');
    const bo = await participant('Bo');
    const closes: Peer[] = [ada.peers.room, bo.peers.room];
    for (const person of [ada, bo]) {
      await waitForDoc(person.peers.control.doc, () => person.store.getSnapshot().questions.length === 1);
      person.store.commands.joinRoster(`Name ${person.id.slice(0, 4)}`);
      person.store.commands.setProfile({});
      person.store.commands.submitAnswer(question, { text: 'Bikes', tags: ['#transport'] });
      person.store.commands.submitAnswer(question, { text: 'Bikes and trains', tags: ['transport'] });
      person.store.commands.withdrawAnswer(question);
      person.store.commands.submitAnswer(question, { text: 'Trains', tags: [] });
      person.page.commands.setContributionOptOut(true);
      person.page.commands.setContributionOptOut(false);
    }
    const room = facilitatorPeers.room.doc;
    for (const person of [ada, bo]) {
      await seenBy(
        room,
        'answers',
        `${question}/${person.id}`,
        (value) => (value as { text?: string })?.text === 'Trains',
      );
      await seenBy(room, 'contributionOptOut', person.id, (value) => value === false);
    }

    facilitator.commands.saveGrouping('thematic', null, [{ label: ['transport'], members: [ada.id, bo.id] }]);
    facilitator.commands.publishGrouping('thematic');
    facilitator.commands.startProductions();
    const [production] = facilitator.getSnapshot().productions;
    if (!production) throw new Error('no production');
    const written = facilitatorPeers.control.doc.getMap(CONTROL_MAPS.groupMembers).get(production.id);
    expect(written).toEqual(expect.arrayContaining([ada.id, bo.id]));
    const relayControl = () =>
      fixture.relay.rooms.loadedDocuments(session.sessionId).get(`${session.sessionId}/control`);
    await waitForDoc(
      relayControl() as Y.Doc,
      () => readGroupMembers(relayControl() as Y.Doc, production.id).length > 0,
    );
    expect([...readGroupMembers(relayControl() as Y.Doc, production.id)].sort()).toEqual(
      [...(written as string[])].sort(),
    );
    // The productions the model creates are the group documents a participant may open, and no others.
    const group = (groupId: string) => parseSessionDocPath(session.sessionId, `group/${groupId}`);
    expect(await fixture.relay.rooms.exists(group(production.id) as DocAddress)).toBe('yes');
    expect(await fixture.relay.rooms.exists(group('made-up') as DocAddress)).toBe('no');

    await waitForDoc(ada.peers.control.doc, () => ada.store.getSnapshot().productions.length === 1);
    await waitForDoc(bo.peers.control.doc, () => bo.store.getSnapshot().productions.length === 1);
    const comment = ada.feedback.addComment(production.id, 'Why trains?');
    ada.feedback.editComment(comment, 'Why trains, not bikes?');
    await seenBy(bo.peers.room.doc, 'comments', `${ada.id}/${comment}`, (value) => value !== undefined);
    const reply = bo.feedback.addComment(production.id, 'Longer trips.', comment);
    bo.feedback.deleteComment(reply);
    expect(ada.feedback.toggleReaction(production.id, 'learned')).toBe(true);
    expect(ada.feedback.toggleReaction(production.id, 'learned')).toBe(false);
    expect(bo.feedback.toggleReaction(production.id, 'clear')).toBe(true);
    await seenBy(
      room,
      'comments',
      `${bo.id}/${reply}`,
      (value) => (value as { deleted?: boolean })?.deleted === true,
    );
    await seenBy(room, 'reactions', `${bo.id}/${production.id}/clear`, (value) => typeof value === 'number');

    // Offline edits go out in the reconnection's sync step 2, with the whole delete set of the device.
    ada.peers.room.provider.disconnect();
    ada.store.commands.submitAnswer(question, { text: 'Night trains', tags: [] });
    ada.feedback.toggleReaction(production.id, 'moreplease');
    ada.feedback.deleteComment(comment);
    ada.page.commands.setContributionOptOut(true);
    ada.peers.room.provider.connect();
    await seenBy(
      room,
      'answers',
      `${question}/${ada.id}`,
      (value) => (value as { text?: string })?.text === 'Night trains',
    );
    await seenBy(
      room,
      'comments',
      `${ada.id}/${comment}`,
      (value) => (value as { deleted?: boolean })?.deleted === true,
    );
    await seenBy(
      room,
      'reactions',
      `${ada.id}/${production.id}/moreplease`,
      (value) => typeof value === 'number',
    );
    await seenBy(room, 'contributionOptOut', ada.id, (value) => value === true);

    await seenBy(
      bo.peers.room.doc,
      'answers',
      `${question}/${ada.id}`,
      (value) => (value as { text?: string })?.text === 'Night trains',
    );
    expect(fixture.relay.counters.refusedWrites).toBe(0);
    for (const peer of closes) expect(peer.provider.wsconnected).toBe(true);
  });

  it('accepts what members write in a production (seed, text, authors, last edit) and keeps it after a regrouping', async () => {
    const { facilitatorPeers, facilitator } = await openFacilitator();
    const question = facilitator.commands.addQuestion('What would you change?');
    facilitator.commands.setActiveQuestion(question);
    const ada = await participant('Ada');
    const bo = await participant('Bo');
    for (const person of [ada, bo]) {
      await waitForDoc(person.peers.control.doc, () => person.store.getSnapshot().questions.length === 1);
      person.store.commands.joinRoster(`Name ${person.id.slice(0, 4)}`);
      person.store.commands.submitAnswer(question, { text: 'Night trains', tags: ['transport'] });
    }
    await seenBy(
      facilitatorPeers.room.doc,
      'answers',
      `${question}/${bo.id}`,
      (value) => value !== undefined,
    );
    facilitator.commands.saveGrouping('thematic', null, [{ label: ['transport'], members: [ada.id, bo.id] }]);
    facilitator.commands.publishGrouping('thematic');
    facilitator.commands.setStartFromAnswers(true);
    facilitator.commands.startProductions();
    const [production] = facilitator.getSnapshot().productions;
    if (!production?.seed) throw new Error('no production with a seed');

    const path = `${session.sessionId}/group/${production.id}`;
    const witness = fixture.connect(path, { key: session.facilitatorKey });
    const members = [ada, bo].map((person) => {
      const peer = fixture.connect(path, { token: person.token });
      const actor = { role: 'participant' as const, participantId: asParticipantId(person.id) };
      return { person, peer, store: createProductionStore({ doc: peer.doc, production, actor }) };
    });
    await Promise.all([witness.synced, ...members.map((member) => member.peer.synced)]);
    const fieldId = 'notes';
    for (const { person, peer, store } of members) {
      store.applySeed();
      const fragment = store.fieldFragment(fieldId);
      peer.doc.transact(() => fragment.insert(fragment.length, [new Y.XmlText(`by ${person.id} `)]));
    }
    const text = () => witness.doc.getXmlFragment(fieldFragmentName(fieldId)).toString();
    await waitForDoc(witness.doc, () => text().includes(`by ${ada.id}`) && text().includes(`by ${bo.id}`));
    await waitForDoc(witness.doc, () => witness.doc.getMap('authors').size === 2);
    const seeded = witness.doc.getXmlFragment(fieldFragmentName(FROM_ANSWERS_FIELD_ID)).toString();
    expect(seeded).toContain('Night trains');
    expect(seeded.match(/#transport/g)).toHaveLength(1);

    // Bo moves to another group with a sentence typed offline: it lands, and Ada goes on writing.
    const boPeer = members[1]?.peer;
    boPeer?.provider.disconnect();
    const boField = members[1]?.store.fieldFragment(fieldId);
    boPeer?.doc.transact(() => boField?.insert(boField.length, [new Y.XmlText('finished offline ')]));
    facilitator.commands.saveGrouping('thematic', null, [
      { label: ['transport'], members: [ada.id] },
      { label: ['trains'], members: [bo.id] },
    ]);
    facilitator.commands.publishGrouping('thematic');
    const relayControl = () =>
      fixture.relay.rooms.loadedDocuments(session.sessionId).get(`${session.sessionId}/control`) as Y.Doc;
    await waitForDoc(relayControl(), () => !readGroupMembers(relayControl(), production.id).includes(bo.id));
    boPeer?.provider.connect();
    await waitForDoc(witness.doc, () => text().includes('finished offline'));
    expect(fixture.relay.counters.refusedWrites).toBe(0);
    for (const { peer } of members) expect(peer.provider.wsconnected).toBe(true);
  });
  it('accepts every co-evaluation command (evaluate, rewrite, react, take back), live and after reconnecting', async () => {
    const { facilitatorPeers, facilitator } = await openFacilitator();
    const people = [await participant('Ada'), await participant('Bo'), await participant('Cy')];
    for (const person of people) person.store.commands.joinRoster(`Name ${person.id.slice(0, 4)}`);
    const room = facilitatorPeers.room.doc;
    for (const person of people) await seenBy(room, 'roster', person.id, (value) => value !== undefined);
    facilitator.commands.saveGrouping(
      'thematic',
      null,
      people.map((person) => ({ label: [person.id], members: [person.id] })),
    );
    facilitator.commands.publishGrouping('thematic');
    facilitator.commands.startProductions();
    const setup = openEvaluationCommands({
      control: facilitatorPeers.control.doc,
      room,
      actor: { role: 'facilitator' },
    });
    const [preset] = getRubricPresets('en');
    if (!preset) throw new Error('no preset');
    setup.setRubric({
      criteria: preset.rubric.criteria.map((criterion) => ({ ...criterion })),
      commentPrompt: '',
    });
    setup.setEvaluationAssignment({ perGroup: 2, mode: 'split' });
    setup.setEvaluationAnonymity({ namedToGroup: false, namedToFacilitator: true });
    const productionOf = (id: string) =>
      facilitator.getSnapshot().productions.find((production) => production.members.includes(id as never))
        ?.id ?? '';
    const scores = Object.fromEntries(preset.rubric.criteria.map((criterion) => [criterion.id, 3]));
    const [ada, bo, cy] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    for (const person of people) {
      await waitForDoc(person.peers.control.doc, () => person.store.getSnapshot().productions.length === 3);
    }
    const adaOfBo = ada.evaluation.submitEvaluation(productionOf(bo.id), { scores, comment: 'Clear.' });
    ada.evaluation.submitEvaluation(productionOf(bo.id), { scores, comment: 'Clear, rewritten.' });
    await seenBy(bo.peers.room.doc, 'evaluations', `${ada.id}/${productionOf(bo.id)}`, (value) => !!value);
    expect(bo.evaluation.toggleEvaluationReaction(adaOfBo, 'helpful')).toBe('helpful');
    expect(bo.evaluation.toggleEvaluationReaction(adaOfBo, 'helpful')).toBeNull();
    expect(bo.evaluation.toggleEvaluationReaction(adaOfBo, 'unclear')).toBe('unclear');
    await seenBy(room, 'evaluationReactions', `${bo.id}/${adaOfBo}`, (value) => !!value);

    // Offline: an evaluation and a reaction wait on the device and go out on reconnecting.
    cy.peers.room.provider.disconnect();
    cy.evaluation.submitEvaluation(productionOf(ada.id), { scores, comment: 'Written offline.' });
    cy.peers.room.provider.connect();
    await seenBy(
      room,
      'evaluations',
      `${cy.id}/${productionOf(ada.id)}`,
      (value) => (value as { comment?: string })?.comment === 'Written offline.',
    );
    expect(fixture.relay.counters.refusedWrites).toBe(0);
    for (const person of people) expect(person.peers.room.provider.wsconnected).toBe(true);
  });
});
