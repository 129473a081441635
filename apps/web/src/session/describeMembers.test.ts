import { asParticipantId, asQuestionId } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { describeMembers } from './describeMembers.ts';

const question = asQuestionId('q1');
const entry = (id: string, name: string, profile: Record<string, string | number>) => ({
  participantId: asParticipantId(id),
  name,
  ownName: name,
  joinedAt: 0,
  profile,
});
const snapshot = {
  roster: [entry('ada', 'Ada', { org: 'School', years: 12 }), entry('bob', 'Bob', { org: 'Company' })],
  answers: [
    {
      questionId: question,
      participantId: asParticipantId('ada'),
      authorName: 'Ada',
      text: 'Cycling to work',
      tags: [],
      createdAt: 0,
      updatedAt: 0,
      questionVersion: 1,
      hidden: false,
    },
  ],
  profileFields: [
    { id: 'years', label: 'Years', kind: 'number' as const, options: [] },
    { id: 'org', label: 'Organisation', kind: 'choice' as const, options: ['School', 'Company'] },
  ],
  groupings: { diverse: null, thematic: null },
  activeQuestionId: question,
};

describe('describeMembers', () => {
  it('shows answers on thematic cards and profile values, in field order, on diverse cards', () => {
    expect(describeMembers(snapshot, 'diverse').get('ada')).toEqual({ name: 'Ada', detail: '12 · School' });
    expect(describeMembers(snapshot, 'thematic').get('ada')?.detail).toBe('Cycling to work');
    expect(describeMembers(snapshot, 'thematic').get('bob')?.detail).toBe('Company');
  });
});
