import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSessionStore } from './createSessionStore.ts';
import { CommandError } from './schema/CommandError.ts';
import { asParticipantId, asSessionId } from './schema/ids.ts';
import { selectActiveQuestion, selectAnswersTo, selectOwnAnswer } from './selectors.ts';

function setup() {
  const control = new Y.Doc();
  const room = new Y.Doc();
  let clock = 1000;
  const now = () => clock++;
  const facilitator = createSessionStore({ control, room, actor: { role: 'facilitator' }, now });
  const ada = createSessionStore({
    control,
    room,
    actor: { role: 'participant', participantId: asParticipantId('p-ada') },
    now,
  });
  facilitator.commands.seedSession({
    sessionId: asSessionId('s1'),
    title: ' Climate week ',
    language: 'fr',
    joinCode: 'ABC234',
  });
  return { control, room, facilitator, ada };
}

const errorCode = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof CommandError ? error.code : String(error);
  }
  return null;
};

describe('session store', () => {
  it('seeds the session and reads a frozen snapshot', () => {
    const { facilitator } = setup();
    const snapshot = facilitator.getSnapshot();
    expect(snapshot).toMatchObject({
      ready: true,
      unsupported: false,
      sessionId: 's1',
      title: 'Climate week',
      language: 'fr',
      joinCode: 'ABC234',
      phase: 'warmup',
      activeQuestionId: null,
      warmup: [],
      answers: [],
    });
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(snapshot.warmup)).toBe(true);
    expect(facilitator.getSnapshot()).toBe(snapshot);
  });

  it('adds, edits and removes warm-up items, refusing unsafe URLs', () => {
    const { facilitator } = setup();
    const id = facilitator.commands.addWarmupItem({ title: 'Watch', url: 'https://youtu.be/abc', note: '' });
    facilitator.commands.editWarmupItem(id, {
      title: 'Watch this',
      url: 'https://youtu.be/abc',
      note: 'Short',
    });
    expect(facilitator.getSnapshot().warmup).toEqual([
      { id, title: 'Watch this', url: 'https://youtu.be/abc', note: 'Short' },
    ]);
    expect(
      errorCode(() =>
        facilitator.commands.addWarmupItem({ title: 'x', url: 'javascript:alert(1)', note: '' }),
      ),
    ).toBe('url_invalid');
    expect(errorCode(() => facilitator.commands.addWarmupItem({ title: ' ', url: '', note: '' }))).toBe(
      'title_empty',
    );
    facilitator.commands.removeWarmupItem(id);
    expect(facilitator.getSnapshot().warmup).toEqual([]);
  });

  it('makes the first question active and lets participants answer, edit and withdraw', () => {
    const { facilitator, ada } = setup();
    const question = facilitator.commands.addQuestion('What would you change?');
    facilitator.commands.addQuestion('Second question');
    expect(selectActiveQuestion(facilitator.getSnapshot())?.text).toBe('What would you change?');

    ada.commands.joinRoster('Ada');
    ada.commands.submitAnswer(question, { text: 'Bike lanes', tags: ['#transport', 'transport', ' city '] });
    ada.commands.submitAnswer(question, { text: 'Bike lanes everywhere', tags: ['transport'] });
    const answer = selectOwnAnswer(facilitator.getSnapshot(), question, asParticipantId('p-ada'));
    expect(answer).toMatchObject({ authorName: 'Ada', text: 'Bike lanes everywhere', tags: ['transport'] });
    expect(answer?.updatedAt).toBeGreaterThan(answer?.createdAt ?? Number.POSITIVE_INFINITY);

    ada.commands.withdrawAnswer(question);
    expect(selectAnswersTo(facilitator.getSnapshot(), question)).toEqual([]);
  });

  it('refuses empty and over-long input with stable codes', () => {
    const { facilitator, ada } = setup();
    const question = facilitator.commands.addQuestion('Q');
    expect(errorCode(() => ada.commands.submitAnswer(question, { text: '   ' }))).toBe('answer_empty');
    expect(errorCode(() => ada.commands.submitAnswer(question, { text: 'x'.repeat(501) }))).toBe(
      'answer_too_long',
    );
    expect(errorCode(() => ada.commands.submitAnswer(question, { text: '😀'.repeat(500) }))).toBeNull();
    expect(
      errorCode(() =>
        ada.commands.submitAnswer(question, { text: 'ok', tags: ['a', 'b', 'c', 'd', 'e', 'f'] }),
      ),
    ).toBe('too_many_tags');
    expect(errorCode(() => ada.commands.joinRoster(''))).toBe('name_empty');
    expect(errorCode(() => facilitator.commands.addQuestion(''))).toBe('question_empty');
  });

  it('keeps participants out of facilitator commands and the facilitator out of answering', () => {
    const { facilitator, ada } = setup();
    expect(errorCode(() => ada.commands.setPhase('share'))).toBe('not_allowed');
    expect(errorCode(() => ada.commands.addQuestion('Hijack'))).toBe('not_allowed');
    const question = facilitator.commands.addQuestion('Q');
    expect(errorCode(() => facilitator.commands.submitAnswer(question, { text: 'x' }))).toBe('not_allowed');
  });

  it('notifies subscribers once per command with a typed origin', () => {
    const { facilitator, control } = setup();
    const origins: unknown[] = [];
    control.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    let calls = 0;
    const unsubscribe = facilitator.subscribe(() => calls++);
    facilitator.commands.setPhase('share');
    expect(calls).toBe(1);
    expect(origins).toEqual([{ source: 'command', command: 'setPhase', actor: { role: 'facilitator' } }]);
    expect(facilitator.getSnapshot().phase).toBe('share');
    unsubscribe();
    facilitator.commands.setPhase('warmup');
    expect(calls).toBe(1);
  });
});
