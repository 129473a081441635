import { asParticipantId, asQuestionId, type SessionSnapshot } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { buildSessionSummary, type SummaryWords } from './buildSessionSummary.ts';

const words: SummaryWords = {
  participants: 'Participants',
  question: (number) => `Question ${number}`,
  noAnswers: 'No answers',
  groupsTitle: { diverse: 'Mixed groups', thematic: 'Thematic groups' },
  groupName: (number) => `Group ${number}`,
};

const ada = asParticipantId('p-ada');
const bo = asParticipantId('p-bo');
const question = asQuestionId('q1');

const snapshot = {
  title: 'Team  day',
  roster: [
    { participantId: ada, name: 'Ada', joinedAt: 1, profile: {} },
    { participantId: bo, name: 'Bo', joinedAt: 2, profile: {} },
  ],
  questions: [
    { id: question, text: 'What helps you learn?', createdAt: 1 },
    { id: asQuestionId('q2'), text: 'Second?', createdAt: 2 },
  ],
  answers: [
    {
      questionId: question,
      participantId: ada,
      authorName: 'Ada',
      text: 'Peers\nexplaining',
      tags: ['peers'],
      createdAt: 1,
      updatedAt: 1,
    },
  ],
  groupings: {
    diverse: null,
    thematic: {
      kind: 'thematic',
      questionId: question,
      groups: [],
      locked: [],
      published: [
        {
          id: 'g1',
          number: 3,
          name: 'Pioneers',
          place: 'Table 4',
          label: ['peers'],
          members: [ada, bo],
          sharedTerms: {},
        },
      ],
      publishedAt: 5,
    },
  },
} as unknown as SessionSnapshot;

describe('buildSessionSummary', () => {
  it('lists every question with its answers and authors, then the published groups with their members', () => {
    expect(buildSessionSummary(snapshot, words)).toBe(
      [
        '# Team day',
        '',
        'Participants: 2',
        '',
        '## Question 1: What helps you learn?',
        '',
        '- Peers explaining #peers — Ada',
        '',
        '## Question 2: Second?',
        '',
        'No answers',
        '',
        '## Thematic groups',
        '',
        '- Group 3 · Pioneers · Table 4 (peers): Ada, Bo',
        '',
      ].join('\n'),
    );
  });
});
