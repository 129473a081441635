import { ROOM_MAPS } from '@peerloom/protocol';
import { describe, expect, it } from 'vitest';
import { ROOM_ROOTS_IN_SNAPSHOT, readSnapshot } from './readSnapshot.ts';
import { asQuestionId } from './schema/ids.ts';
import { createTestSession } from './test/createTestSession.ts';

function withQuestionAndAnswer() {
  const session = createTestSession();
  const ada = session.participant('p-ada', 'Ada');
  const questionId = session.facilitator.commands.addQuestion('What do you bring?');
  session.facilitator.commands.setActiveQuestion(questionId);
  ada.commands.submitAnswer(asQuestionId(questionId), { text: 'Maps' });
  return { ...session, ada, questionId };
}

describe('openSessionStore reads again only what a change can touch', () => {
  it('reads no root of room but ROOM_ROOTS_IN_SNAPSHOT: a write to any other leaves the snapshot equal', () => {
    const { control, room } = withQuestionAndAnswer();
    const before = readSnapshot(control, room);
    const others = Object.values(ROOM_MAPS).filter((name) => !ROOM_ROOTS_IN_SNAPSHOT.has(name));
    expect(others.length).toBeGreaterThan(0);
    for (const name of others) {
      room.getMap(name).set('p-ada/x', { text: 'anything', at: 1 });
      expect(readSnapshot(control, room), `a write to room's ${name}`).toEqual(before);
    }
  });

  it('gives a new snapshot with the same fields after a comment, and reads the answers again after an answer', () => {
    const { room, facilitator, ada, questionId } = withQuestionAndAnswer();
    const first = facilitator.getSnapshot();
    let heard = 0;
    facilitator.subscribe(() => heard++);

    // A comment from another device (its shape does not matter to the session snapshot).
    room.getMap(ROOM_MAPS.comments).set('p-ada/c1', { productionId: 'x', text: 'Clear and useful', at: 1 });
    const afterComment = facilitator.getSnapshot();
    expect(heard).toBe(1);
    expect(afterComment).not.toBe(first);
    expect(afterComment.roster).toBe(first.roster);
    expect(afterComment.answers).toBe(first.answers);
    expect(Object.isFrozen(afterComment)).toBe(true);
    expect(facilitator.getSnapshot()).toBe(afterComment);

    ada.commands.submitAnswer(asQuestionId(questionId), { text: 'Maps and a compass' });
    const afterAnswer = facilitator.getSnapshot();
    expect(heard).toBe(2);
    expect(afterAnswer.answers).not.toBe(first.answers);
    expect(afterAnswer.answers.map((answer) => answer.text)).toEqual(['Maps and a compass']);
  });
});
