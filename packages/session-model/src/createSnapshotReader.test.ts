import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSessionStore } from './createSessionStore.ts';
import { readSnapshot } from './readSnapshot.ts';
import { asParticipantId, asQuestionId } from './schema/ids.ts';
import { createTestSession } from './test/createTestSession.ts';

/** A room of `people` answers, and a phone: its own copy of both documents, its changes sent as the network would. */
function roomWithPhone(people: number) {
  const session = createTestSession();
  const questionId = asQuestionId(session.facilitator.commands.addQuestion('What do you bring?'));
  session.facilitator.commands.setActiveQuestion(questionId);
  for (let index = 0; index < people; index++) {
    session
      .participant(`p-${index}`, `Person ${index}`)
      .commands.submitAnswer(questionId, { text: `Answer ${index}` });
  }
  const phoneControl = new Y.Doc();
  const phoneRoom = new Y.Doc();
  Y.applyUpdate(phoneControl, Y.encodeStateAsUpdate(session.control));
  Y.applyUpdate(phoneRoom, Y.encodeStateAsUpdate(session.room));
  phoneRoom.on('update', (update: Uint8Array) => Y.applyUpdate(session.room, update, 'network'));
  const phone = createSessionStore({
    control: phoneControl,
    room: phoneRoom,
    actor: { role: 'participant', participantId: asParticipantId('p-7') },
  });
  return { ...session, questionId, phone };
}

describe('the session store shares what an update did not touch', () => {
  it('keeps every other answer, the roster and the questions as the same objects when one answer changes', async () => {
    const { facilitator, phone, questionId, control, room } = roomWithPhone(50);
    const before = facilitator.getSnapshot();
    let heard = 0;
    facilitator.subscribe(() => heard++);

    phone.commands.submitAnswer(questionId, { text: 'Answer 7, edited on the phone' });
    // Applied at once, told after the message's task (a frame, in a browser), not inside the socket's handler.
    expect(heard).toBe(0);
    await Promise.resolve();
    expect(heard).toBe(1);

    const after = facilitator.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.roster).toBe(before.roster);
    expect(after.questions).toBe(before.questions);
    expect(after.warmup).toBe(before.warmup);
    expect(after.groupings).toBe(before.groupings);
    expect(after.answers).toHaveLength(50);
    after.answers.forEach((answer, index) => {
      if (answer.participantId === 'p-7') {
        expect(answer.text).toBe('Answer 7, edited on the phone');
        expect(answer).not.toBe(before.answers[index]);
      } else expect(answer, `answer of ${answer.participantId}`).toBe(before.answers[index]);
    });
    expect(after).toEqual(readSnapshot(control, room));
  });

  it('tells its own commands at once', () => {
    const { facilitator, questionId } = roomWithPhone(3);
    let heard = 0;
    facilitator.subscribe(() => heard++);
    facilitator.commands.setAnswerHidden(questionId, asParticipantId('p-1'), true);
    expect(heard).toBe(1);
  });

  it('reads the same snapshot incrementally as from scratch through renames, removals, hiding and late joins', async () => {
    const { facilitator, participant, phone, questionId, control, room } = roomWithPhone(12);
    const check = () =>
      expect(facilitator.getSnapshot(), 'incremental = full read').toEqual(readSnapshot(control, room));
    const before = facilitator.getSnapshot();
    facilitator.commands.renameParticipant(asParticipantId('p-3'), 'Trois');
    check();
    const renamed = facilitator.getSnapshot();
    expect(renamed.answers.find((answer) => answer.participantId === 'p-3')?.authorName).toBe('Trois');
    expect(renamed.answers.find((answer) => answer.participantId === 'p-4')).toBe(
      before.answers.find((answer) => answer.participantId === 'p-4'),
    );
    facilitator.commands.removeParticipant(asParticipantId('p-4'));
    check();
    expect(facilitator.getSnapshot().removed.map((entry) => entry.participantId)).toEqual(['p-4']);
    facilitator.commands.setAnswerHidden(questionId, asParticipantId('p-5'), true);
    check();
    facilitator.commands.restoreParticipant(asParticipantId('p-4'));
    check();
    const late = participant('p-late');
    late.commands.submitAnswer(questionId, { text: 'Before joining the roster' });
    check();
    late.commands.joinRoster('Late');
    check();
    participant('p-2').commands.withdrawAnswer(questionId);
    check();
    phone.commands.submitAnswer(questionId, { text: 'From the phone' });
    await Promise.resolve();
    check();
    expect(facilitator.getSnapshot().answers).toHaveLength(12);
  });
});
