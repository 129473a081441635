import { describe, expect, it } from 'vitest';
import { asParticipantId } from '../schema/ids.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';
import { createPageStore } from './createPageStore.ts';
import { selectPageProductions } from './selectPageProductions.ts';

/** A session with three published groups, each with its production. */
function sessionWithProductions() {
  const session = createTestSession();
  const { facilitator, participant } = session;
  const question = facilitator.commands.addQuestion('What did you learn?');
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
    participant(id, `Name ${id}`).commands.submitAnswer(question, { text: `answer of ${id}` });
  }
  facilitator.commands.saveGrouping('thematic', question, [
    { label: ['one'], members: ['a', 'b', 'c'] },
    { label: ['two'], members: ['d', 'e', 'f'] },
    { label: ['three'], members: ['g', 'h', 'i'] },
  ]);
  facilitator.commands.publishGrouping('thematic');
  facilitator.commands.startProductions();
  return session;
}

type Session = ReturnType<typeof createTestSession>;
const pageStore = ({ control, room }: Session, actor: Parameters<typeof createPageStore>[0]['actor']) =>
  createPageStore({ control, room, actor });

describe('the session page store', () => {
  it('orders productions as the facilitator chose, hides some from everyone but the facilitator', () => {
    const session = sessionWithProductions();
    const { facilitator } = session;
    const arranger = pageStore(session, { role: 'facilitator' });
    const reader = pageStore(session, { role: 'participant', participantId: asParticipantId('a') });
    const snapshot = () => facilitator.getSnapshot();
    const labels = (store: typeof reader, includeHidden: boolean) =>
      selectPageProductions(snapshot(), store.getState().settings, { includeHidden }).map(
        (entry) => `${entry.production.label[0]}${entry.hidden ? ' (hidden)' : ''}`,
      );
    const ids = Object.fromEntries(
      snapshot().productions.map((production) => [production.label[0], production.id]),
    );
    expect(labels(reader, false)).toEqual(['one', 'two', 'three']);

    let told = 0;
    reader.subscribe(() => told++);
    arranger.commands.setPageOrder([ids.three ?? '', 'unknown', ids.one ?? '']);
    arranger.commands.setProductionHidden(ids.one ?? '', true);
    expect(told).toBe(2);
    expect(labels(reader, false)).toEqual(['three', 'two']);
    expect(labels(arranger, true)).toEqual(['three', 'one (hidden)', 'two']);
    expect(arranger.getState().settings.order).toEqual([ids.three, ids.one]);

    arranger.commands.setProductionHidden(ids.one ?? '', false);
    expect(reader.getState().settings.hidden).toEqual({});
    expect(refusalOf(() => reader.commands.setPageOrder([]))).toBe('not_allowed');
    expect(refusalOf(() => reader.commands.setProductionHidden(ids.two ?? '', true))).toBe('not_allowed');
    expect(refusalOf(() => arranger.commands.setProductionHidden('unknown', true))).toBe('not_found');
  });

  it('lets a participant opt out of being named in contributions, under their own key, and back in', () => {
    const session = createTestSession();
    const ana = pageStore(session, { role: 'participant', participantId: asParticipantId('p-ana') });
    const arranger = pageStore(session, { role: 'facilitator' });
    ana.commands.setContributionOptOut(true);
    expect(arranger.getState().contributionOptOut).toEqual(['p-ana']);
    expect([...session.room.getMap('contributionOptOut').keys()]).toEqual(['p-ana']);
    ana.commands.setContributionOptOut(false);
    expect(arranger.getState().contributionOptOut).toEqual([]);
    expect(refusalOf(() => pageStore(session, { role: 'viewer' }).commands.setContributionOptOut(true))).toBe(
      'not_allowed',
    );
    expect(refusalOf(() => arranger.commands.setContributionOptOut(true))).toBe('not_allowed');
  });

  it('reads when the session was created, and keeps its state object until a document changes', () => {
    const session = createTestSession();
    const store = pageStore(session, { role: 'viewer' });
    const state = store.getState();
    expect(typeof state.createdAt).toBe('number');
    expect(store.getState()).toBe(state);
  });
});
