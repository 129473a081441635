import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSessionStore } from '../createSessionStore.ts';
import { readFragmentText } from '../production/countFragmentWords.ts';
import { createProductionStore } from '../production/createProductionStore.ts';
import { asParticipantId } from '../schema/ids.ts';
import { controlLayout } from '../schema/layout.ts';
import { timerRemaining } from '../schema/readCreation.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';

/** A session in which six people answered and were matched into two published groups. */
function matchedSession() {
  const session = createTestSession();
  const { facilitator, participant } = session;
  const question = facilitator.commands.addQuestion('What made you proud?');
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) {
    participant(id, `Name ${id}`).commands.submitAnswer(question, { text: `answer of ${id}` });
  }
  facilitator.commands.saveGrouping('thematic', question, [
    { label: ['team'], members: ['a', 'b', 'c'] },
    { label: ['boss'], members: ['d', 'e', 'f'] },
  ]);
  facilitator.commands.publishGrouping('thematic');
  return { ...session, question };
}

const write = (doc: Y.Doc, fieldId: string, text: string) => {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(`field:${fieldId}`);
  fragment.insert(fragment.length, [paragraph]);
};

describe('step 4 commands', () => {
  it('builds a template: add, rename, reorder, remove (kept) and delete on purpose', () => {
    const { facilitator } = createTestSession();
    const idea = facilitator.commands.addTemplateField({ title: 'Idea', hint: 'One line', example: 'Bikes' });
    const steps = facilitator.commands.addTemplateField({ title: 'Steps', hint: '', example: '' });
    facilitator.commands.updateTemplateField(idea, { title: 'Big idea', hint: 'One line', example: 'Bikes' });
    facilitator.commands.moveTemplateField(steps, 0);
    expect(facilitator.getSnapshot().template.map((field) => field.title)).toEqual(['Steps', 'Big idea']);
    facilitator.commands.removeTemplateField(steps);
    const removed = facilitator.getSnapshot().template.find((field) => field.id === steps);
    expect(removed?.removedAt).not.toBeNull();
    expect(refusalOf(() => facilitator.commands.deleteTemplateField(idea))).toBe('not_allowed');
    facilitator.commands.deleteTemplateField(steps);
    expect(facilitator.getSnapshot().template.map((field) => field.id)).toEqual([idea]);
    expect(
      refusalOf(() => facilitator.commands.addTemplateField({ title: ' ', hint: '', example: '' })),
    ).toBe('field_title_empty');
  });

  it('applying a pack removes the current fields without deleting them', () => {
    const { facilitator } = createTestSession();
    const old = facilitator.commands.addTemplateField({ title: 'Old', hint: '', example: '' });
    facilitator.commands.applyTemplate([
      { title: 'One', hint: 'h', example: 'e' },
      { title: 'Two', hint: '', example: '' },
    ]);
    const template = facilitator.getSnapshot().template;
    expect(template.filter((field) => field.removedAt === null).map((field) => field.title)).toEqual([
      'One',
      'Two',
    ]);
    expect(template.find((field) => field.id === old)?.removedAt).not.toBeNull();
  });

  it('gives each published group a production with distinct roles and a seed quoting its members', () => {
    const { facilitator, control, participant } = matchedSession();
    facilitator.commands.startProductions();
    const productions = facilitator.getSnapshot().productions;
    expect(productions).toHaveLength(2);
    const [team] = productions;
    expect(team?.members).toEqual(['a', 'b', 'c']);
    expect(new Set(Object.values(team?.roles ?? {})).size).toBe(3);
    expect(team?.seed?.quotes.map((quote) => `${quote.name}: ${quote.text}`)).toEqual([
      'Name a: answer of a',
      'Name b: answer of b',
      'Name c: answer of c',
    ]);
    expect(team?.seed?.terms).toEqual(['team']);
    expect(controlLayout.groupMembers(control).get(team?.id ?? '')).toEqual(['a', 'b', 'c']);
    expect(refusalOf(() => participant('a').commands.startProductions())).toBe('not_allowed');
  });

  it('refuses to start productions when no groups are published', () => {
    const { facilitator } = createTestSession();
    expect(refusalOf(() => facilitator.commands.startProductions())).toBe('no_groups');
  });

  it('a regroup after writing started keeps each production with most of its members and loses no word', () => {
    const { facilitator, question } = matchedSession();
    facilitator.commands.startProductions();
    const [team, boss] = facilitator.getSnapshot().productions;
    if (!team || !boss) throw new Error('no productions');
    const teamDoc = new Y.Doc();
    const bossDoc = new Y.Doc();
    write(teamDoc, 'idea', 'words of team');
    write(bossDoc, 'idea', 'words of boss');

    facilitator.commands.saveGrouping('thematic', question, [
      { label: ['team'], members: ['a', 'b', 'd'] },
      { label: ['boss'], members: ['c', 'e', 'f'] },
    ]);
    facilitator.commands.publishGrouping('thematic', 'keep');
    const kept = facilitator.getSnapshot().productions;
    expect(kept.map((production) => production.id)).toEqual([team.id, boss.id]);
    expect(kept[0]?.members).toEqual(['a', 'b', 'd']);
    expect(kept[0]?.formerMembers).toEqual(['c']);
    expect(kept[0]?.seed).toEqual(team.seed);

    facilitator.commands.publishGrouping('thematic', 'fresh');
    const fresh = facilitator.getSnapshot().productions;
    expect(fresh.filter((production) => !production.retired)).toHaveLength(2);
    expect(
      fresh
        .filter((production) => production.retired)
        .map((production) => production.id)
        .sort(),
    ).toEqual([team.id, boss.id].sort());
    expect(readFragmentText(teamDoc.getXmlFragment('field:idea'))).toBe('words of team');
  });

  it('lets the facilitator change a role, only to a member', () => {
    const { facilitator } = matchedSession();
    facilitator.commands.startProductions();
    const [team] = facilitator.getSnapshot().productions;
    facilitator.commands.setRole(team?.id ?? '', 'leader', 'c');
    expect(facilitator.getSnapshot().productions[0]?.roles.leader).toBe(asParticipantId('c'));
    expect(refusalOf(() => facilitator.commands.setRole(team?.id ?? '', 'leader', 'z'))).toBe('not_found');
  });

  it('runs timers in server time: start, pause, extend, resume, stop', () => {
    let serverNow = 1_000_000;
    const session = createTestSession();
    const { control, room } = session;
    const facilitator = createSessionStore({
      control,
      room,
      actor: { role: 'facilitator' },
      now: () => serverNow,
    });
    facilitator.commands.startTimer('room', 10 * 60_000);
    serverNow += 60_000;
    expect(timerRemaining(facilitator.getSnapshot().timers.room, serverNow)).toBe(9 * 60_000);
    facilitator.commands.pauseTimer('room');
    serverNow += 5 * 60_000;
    expect(timerRemaining(facilitator.getSnapshot().timers.room, serverNow)).toBe(9 * 60_000);
    facilitator.commands.extendTimer('room', 60_000);
    facilitator.commands.resumeTimer('room');
    serverNow += 60_000;
    expect(timerRemaining(facilitator.getSnapshot().timers.room, serverNow)).toBe(9 * 60_000);
    expect(refusalOf(() => facilitator.commands.startTimer('room', -5))).toBe('timer_invalid');
    expect(refusalOf(() => facilitator.commands.startTimer('nope', 60_000))).toBe('not_found');
    facilitator.commands.stopTimer('room');
    expect(facilitator.getSnapshot().timers.room).toBeUndefined();
  });

  it('sends a message to every group and brings every group to the next field', () => {
    const { facilitator } = createTestSession();
    const first = facilitator.commands.addTemplateField({ title: 'One', hint: '', example: '' });
    const second = facilitator.commands.addTemplateField({ title: 'Two', hint: '', example: '' });
    facilitator.commands.focusNextField();
    expect(facilitator.getSnapshot().creation.focus?.fieldId).toBe(first);
    facilitator.commands.focusNextField();
    facilitator.commands.focusNextField();
    expect(facilitator.getSnapshot().creation.focus?.fieldId).toBe(second);
    facilitator.commands.sendCreationMessage('Five minutes left');
    expect(facilitator.getSnapshot().creation.message?.text).toBe('Five minutes left');
    facilitator.commands.sendCreationMessage('');
    expect(facilitator.getSnapshot().creation.message).toBeNull();
  });
});

describe('production store', () => {
  it('writes the "from our answers" field once, even when two members open the production together', () => {
    const { facilitator } = matchedSession();
    facilitator.commands.startProductions();
    const [team] = facilitator.getSnapshot().productions;
    if (!team) throw new Error('no production');
    const first = new Y.Doc();
    const second = new Y.Doc();
    const open = (doc: Y.Doc, id: string) =>
      createProductionStore({
        doc,
        production: team,
        actor: { role: 'participant', participantId: asParticipantId(id) },
      });
    open(first, 'a').applySeed();
    open(second, 'b').applySeed();
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    const text = readFragmentText(first.getXmlFragment('field:fromAnswers'));
    expect(text).toBe('“answer of a” — Name a\n“answer of b” — Name b\n“answer of c” — Name c\n#team');
    expect(readFragmentText(second.getXmlFragment('field:fromAnswers'))).toBe(text);
    // Only nodes the field editor's schema knows: an editor deletes what it cannot show (a blockquote did).
    const nodeNames = first
      .getXmlFragment('field:fromAnswers')
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? node.nodeName : 'text'));
    expect(new Set(nodeNames)).toEqual(new Set(['paragraph']));

    const store = open(first, 'a');
    store.clearField('fromAnswers');
    store.applySeed();
    expect(readFragmentText(first.getXmlFragment('field:fromAnswers'))).toBe('');
  });

  it('counts words per field, started and filled', () => {
    const { facilitator } = matchedSession();
    facilitator.commands.startProductions();
    const [team] = facilitator.getSnapshot().productions;
    if (!team) throw new Error('no production');
    const doc = new Y.Doc();
    const store = createProductionStore({ doc, production: team, actor: { role: 'facilitator' } });
    write(doc, 'idea', 'Three small words');
    write(doc, 'plan', 'one two three four five six seven eight nine ten eleven twelve');
    const content = store.getContent();
    expect(content.fields.idea).toEqual({ words: 3, started: true, filled: false });
    expect(content.fields.plan?.filled).toBe(true);
    expect(content.words).toBe(15);
    expect(store.getContent()).toBe(content);
  });
});
