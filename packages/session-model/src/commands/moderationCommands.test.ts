import { describe, expect, it } from 'vitest';
import { asParticipantId } from '../schema/ids.ts';
import { selectAllAnswersTo, selectAnswersTo, selectIsRemoved } from '../selectors.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';

const setup = createTestSession;

describe('moderation commands', () => {
  it('renames a person for everyone while keeping the name they typed, and undoes it with an empty name', () => {
    const { facilitator, participant } = setup();
    const bo = participant('bo', 'bo the best lol');
    facilitator.commands.renameParticipant(asParticipantId('bo'), 'Bo');
    expect(bo.getSnapshot().roster[0]).toMatchObject({ name: 'Bo', ownName: 'bo the best lol' });
    facilitator.commands.renameParticipant(asParticipantId('bo'), '  ');
    expect(bo.getSnapshot().roster[0]?.name).toBe('bo the best lol');
    expect(refusalOf(() => facilitator.commands.renameParticipant(asParticipantId('nobody'), 'X'))).toBe(
      'not_found',
    );
    expect(refusalOf(() => bo.commands.renameParticipant(asParticipantId('bo'), 'Boss'))).toBe('not_allowed');
  });

  it('removes a person from the roster and their answers from everyone, tells their device, and restores them', () => {
    const { facilitator, participant } = setup();
    const questionId = facilitator.commands.addQuestion('Why?');
    const ada = participant('ada', 'Ada');
    const bo = participant('bo', 'Bo');
    ada.commands.submitAnswer(questionId, { text: 'Because' });
    bo.commands.submitAnswer(questionId, { text: 'Spam spam' });
    facilitator.commands.removeParticipant(asParticipantId('bo'));
    const seen = ada.getSnapshot();
    expect(seen.roster.map((entry) => entry.name)).toEqual(['Ada']);
    expect(seen.removed.map((entry) => entry.name)).toEqual(['Bo']);
    expect(selectAnswersTo(seen, questionId).map((answer) => answer.text)).toEqual(['Because']);
    expect(selectIsRemoved(bo.getSnapshot(), asParticipantId('bo'))).toBe(true);
    facilitator.commands.restoreParticipant(asParticipantId('bo'));
    expect(selectAnswersTo(ada.getSnapshot(), questionId)).toHaveLength(2);
    expect(selectIsRemoved(bo.getSnapshot(), asParticipantId('bo'))).toBe(false);
  });

  it('hides an answer from everyone but keeps it, flagged, for the facilitator and its author', () => {
    const { facilitator, participant } = setup();
    const questionId = facilitator.commands.addQuestion('Why?');
    const bo = participant('bo', 'Bo');
    bo.commands.submitAnswer(questionId, { text: 'Rude' });
    facilitator.commands.setAnswerHidden(questionId, asParticipantId('bo'), true);
    expect(selectAnswersTo(bo.getSnapshot(), questionId)).toEqual([]);
    expect(selectAllAnswersTo(facilitator.getSnapshot(), questionId)).toEqual([
      expect.objectContaining({ text: 'Rude', hidden: true }),
    ]);
    facilitator.commands.setAnswerHidden(questionId, asParticipantId('bo'), false);
    expect(selectAnswersTo(bo.getSnapshot(), questionId)).toHaveLength(1);
  });
});

describe('question versions', () => {
  it('keeps each answer attached to the wording it answered after the facilitator rewords the question', () => {
    const { facilitator, participant } = setup();
    const questionId = facilitator.commands.addQuestion('What helps you learn?');
    const ada = participant('ada', 'Ada');
    const bo = participant('bo', 'Bo');
    ada.commands.submitAnswer(questionId, { text: 'Peers' });
    facilitator.commands.editQuestion(questionId, 'What helps you learn at work?');
    bo.commands.submitAnswer(questionId, { text: 'Mentors' });
    const snapshot = facilitator.getSnapshot();
    expect(snapshot.questions[0]).toMatchObject({
      text: 'What helps you learn at work?',
      version: 2,
      previousTexts: ['What helps you learn?'],
    });
    expect(snapshot.answers.map((answer) => [answer.text, answer.questionVersion])).toEqual([
      ['Peers', 1],
      ['Mentors', 2],
    ]);
    facilitator.commands.editQuestion(questionId, 'What helps you learn at work?');
    expect(facilitator.getSnapshot().questions[0]?.version).toBe(2);
  });
});
