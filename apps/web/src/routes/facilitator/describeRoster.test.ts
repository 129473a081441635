import { type Answer, asParticipantId, asQuestionId, type RosterEntry } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { describeRoster } from './describeRoster.ts';
import { selectAnswered } from './selectAnswered.ts';

const person = (id: string, name: string): RosterEntry => ({
  participantId: asParticipantId(id),
  name,
  ownName: name,
  joinedAt: 0,
  profile: {},
});
const answer = (questionId: string, participantId: string, text: string): Answer => ({
  questionId: asQuestionId(questionId),
  participantId: asParticipantId(participantId),
  authorName: '',
  text,
  tags: [],
  createdAt: 0,
  updatedAt: 0,
  questionVersion: 1,
  hidden: false,
});

describe('describeRoster', () => {
  it('marks who is online, who answered the current question, and names that appear twice', () => {
    const answered = selectAnswered({
      answers: [answer('q1', 'a', 'yes'), answer('q0', 'c', 'old question'), answer('q1', 'b', ' ')],
      activeQuestionId: asQuestionId('q1'),
    });
    const rows = describeRoster(
      [person('a', 'Chloé  Martin'), person('b', 'chloe martin'), person('c', 'Bo')],
      new Set(answered),
      new Set(['c']),
    );
    expect(
      rows.map(({ entry, online, answered, duplicate }) => [entry.name, online, answered, duplicate]),
    ).toEqual([
      ['Chloé  Martin', false, true, true],
      ['chloe martin', false, false, true],
      ['Bo', true, false, false],
    ]);
  });
});
