import { describe, expect, it } from 'vitest';
import { createParticipantStore } from '../createParticipantStore.ts';
import { asParticipantId } from '../schema/ids.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';
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

const labels = (entries: ReturnType<typeof selectPageProductions>) =>
  entries.map((entry) => `${entry.production.label[0]}${entry.hidden ? ' (hidden)' : ''}`);

describe('the session page settings', () => {
  it('orders productions as the facilitator chose, hides some from everyone but the facilitator', () => {
    const { facilitator, participant } = sessionWithProductions();
    const reader = participant('a');
    const ids = Object.fromEntries(
      facilitator.getSnapshot().productions.map((production) => [production.label[0], production.id]),
    );
    expect(labels(selectPageProductions(reader.getSnapshot(), { includeHidden: false }))).toEqual([
      'one',
      'two',
      'three',
    ]);

    facilitator.commands.setPageOrder([ids.three ?? '', 'unknown', ids.one ?? '']);
    facilitator.commands.setProductionHidden(ids.one ?? '', true);
    expect(labels(selectPageProductions(reader.getSnapshot(), { includeHidden: false }))).toEqual([
      'three',
      'two',
    ]);
    expect(labels(selectPageProductions(facilitator.getSnapshot(), { includeHidden: true }))).toEqual([
      'three',
      'one (hidden)',
      'two',
    ]);
    expect(facilitator.getSnapshot().page.order).toEqual([ids.three, ids.one]);

    facilitator.commands.setProductionHidden(ids.one ?? '', false);
    expect(reader.getSnapshot().page.hidden).toEqual({});
    expect(refusalOf(() => reader.commands.setPageOrder([]))).toBe('not_allowed');
    expect(refusalOf(() => reader.commands.setProductionHidden(ids.two ?? '', true))).toBe('not_allowed');
    expect(refusalOf(() => facilitator.commands.setProductionHidden('unknown', true))).toBe('not_found');
  });

  it('lets a participant opt out of being named in contributions, under their own key, and back in', () => {
    const { control, room, facilitator } = createTestSession();
    const ana = createParticipantStore({
      control,
      room,
      actor: { role: 'participant', participantId: asParticipantId('p-ana') },
    });
    ana.commands.setContributionOptOut(true);
    expect(facilitator.getSnapshot().contributionOptOut).toEqual(['p-ana']);
    expect([...room.getMap('contributionOptOut').keys()]).toEqual(['p-ana']);
    ana.commands.setContributionOptOut(false);
    expect(facilitator.getSnapshot().contributionOptOut).toEqual([]);
    const viewer = createParticipantStore({ control, room, actor: { role: 'viewer' } });
    expect(refusalOf(() => viewer.commands.setContributionOptOut(true))).toBe('not_allowed');
  });

  it('exposes when the session was created', () => {
    const { facilitator } = createTestSession();
    expect(typeof facilitator.getSnapshot().createdAt).toBe('number');
  });
});
