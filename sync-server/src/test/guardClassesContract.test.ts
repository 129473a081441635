import { CloseCode } from '@peerloom/protocol';
import { asParticipantId, createSessionStore, openClassCommands } from '@peerloom/session-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
}

/**
 * The contract of step 5 (beside `guardContract.test.ts`): every sign-up command the model offers a
 * participant passes the relay's guard, live and after an offline stretch, and a sign-up forged under
 * someone else's id is refused.
 */
describe('class sign-up commands against the relay guard', () => {
  let fixture: RelayFixture;
  let session: Created;

  beforeEach(async () => {
    fixture = await startRelay();
    session = (await fixture.post<Created>('/api/sessions', { title: 'Classes', language: 'en' })).body;
  });
  afterEach(() => fixture.cleanup());

  const open = async (params: Record<string, string>) => {
    const control = fixture.connect(`${session.sessionId}/control`, params);
    const room = fixture.connect(`${session.sessionId}/room`, params);
    await Promise.all([control.synced, room.synced]);
    return { control, room };
  };

  const join = async (name: string) => {
    const joined = (
      await fixture.post<{ participantId: string; token: string }>('/api/join', { code: session.code, name })
    ).body;
    const peers = await open({ token: joined.token });
    const actor = { role: 'participant' as const, participantId: asParticipantId(joined.participantId) };
    const documents = { control: peers.control.doc, room: peers.room.doc, actor };
    const store = createSessionStore(documents);
    store.commands.joinRoster(name);
    return { id: joined.participantId, peers, classes: openClassCommands(documents) };
  };

  /** Three people in three groups with productions, and a published schedule of three rounds. */
  const scheduled = async () => {
    const facilitatorPeers = await open({ key: session.facilitatorKey });
    const documents = { control: facilitatorPeers.control.doc, room: facilitatorPeers.room.doc };
    const facilitator = createSessionStore({ ...documents, actor: { role: 'facilitator' } });
    facilitator.commands.seedSession({
      sessionId: session.sessionId as never,
      title: 'Classes',
      language: 'en',
      joinCode: session.code,
    });
    const people = [await join('Ada'), await join('Bo'), await join('Cy')];
    await waitForDoc(documents.room, () => documents.room.getMap('roster').size === 3);
    facilitator.commands.saveGrouping(
      'thematic',
      null,
      people.map((person) => ({ label: [], members: [person.id] })),
    );
    facilitator.commands.publishGrouping('thematic');
    facilitator.commands.startProductions();
    const schedule = openClassCommands({ ...documents, actor: { role: 'facilitator' } });
    schedule.proposeClassSchedule({ rounds: 3, startsAt: Date.now(), roundMinutes: 10 });
    schedule.publishSchedule();
    for (const person of people) {
      await waitForDoc(person.peers.control.doc, () =>
        person.peers.control.doc.getMap('classSchedule').has('publishedAt'),
      );
    }
    const rounds = [...documents.control.getMap('classSchedule').entries()]
      .filter(([key]) => key.startsWith('class/'))
      .map(([key, value]) => ({
        classId: key.slice(6),
        ...(value as { roundId: string; productionId: string }),
      }));
    return { facilitatorPeers, people, rounds };
  };

  it('accepts sign-up, change, cancel and "choose for me", live and after reconnecting', async () => {
    const { facilitatorPeers, people, rounds } = await scheduled();
    const room = facilitatorPeers.room.doc;
    const [ada] = people;
    if (!ada) throw new Error('no participant');
    const teachingRound = rounds.find((entry) => {
      const members = facilitatorPeers.control.doc.getMap('groupMembers').get(entry.productionId) as
        | string[]
        | undefined;
      return members?.includes(ada.id);
    })?.roundId;
    const others = rounds.filter((entry) => entry.roundId !== teachingRound);
    const [first, second] = others;
    if (!first || !second) throw new Error('no class to attend');
    ada.classes.signUp(first.classId);
    ada.classes.cancelSignUp(first.roundId);
    const chosen = ada.classes.chooseClassForMe(first.roundId);
    expect(chosen).toBe(first.classId);
    await waitForDoc(
      room,
      () =>
        (room.getMap('signUps').get(`${ada.id}/${first.roundId}`) as { classId?: string })?.classId ===
        first.classId,
    );

    ada.peers.room.provider.disconnect();
    ada.classes.signUp(second.classId);
    ada.classes.cancelSignUp(first.roundId);
    ada.peers.room.provider.connect();
    await waitForDoc(room, () => room.getMap('signUps').get(`${ada.id}/${second.roundId}`) !== undefined);
    await waitForDoc(
      room,
      () =>
        (room.getMap('signUps').get(`${ada.id}/${first.roundId}`) as { classId?: unknown })?.classId === null,
    );
    expect(fixture.relay.counters.refusedWrites).toBe(0);
    expect(ada.peers.room.provider.wsconnected).toBe(true);
  });

  it('refuses a sign-up forged under another participant’s id', async () => {
    const { facilitatorPeers, people, rounds } = await scheduled();
    const [ada, bo] = people;
    const [target] = rounds;
    if (!ada || !bo || !target) throw new Error('no session');
    ada.peers.room.doc
      .getMap('signUps')
      .set(`${bo.id}/${target.roundId}`, { classId: target.classId, at: 1 });
    expect((await ada.peers.room.closed).code).toBe(CloseCode.writeRefused);
    expect(fixture.relay.counters.refusedWrites).toBe(1);
    // Bo's own sign-up still goes through; the forged one reached nobody.
    bo.peers.room.doc.getMap('signUps').set(`${bo.id}/${target.roundId}`, { classId: null, at: 2 });
    await waitForDoc(facilitatorPeers.room.doc, () =>
      facilitatorPeers.room.doc.getMap('signUps').has(`${bo.id}/${target.roundId}`),
    );
    expect(facilitatorPeers.room.doc.getMap('signUps').get(`${bo.id}/${target.roundId}`)).toEqual({
      classId: null,
      at: 2,
    });
  });
});
