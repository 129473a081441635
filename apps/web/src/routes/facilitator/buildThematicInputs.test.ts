import {
  type Answer,
  asParticipantId,
  asQuestionId,
  type ProfileField,
  type RosterEntry,
} from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { buildThematicInputs } from './buildThematicInputs.ts';

const person = (id: string, profile: Record<string, string | number> = {}): RosterEntry => ({
  participantId: asParticipantId(id),
  name: id,
  ownName: id,
  joinedAt: 0,
  profile,
});
const answer = (questionId: string, participantId: string, text: string, tags: string[] = []): Answer => ({
  questionId: asQuestionId(questionId),
  participantId: asParticipantId(participantId),
  authorName: participantId,
  text,
  tags,
  createdAt: 0,
  updatedAt: 0,
  questionVersion: 1,
  hidden: false,
});
const organisation: ProfileField = {
  id: 'organisation',
  label: 'Organisation',
  kind: 'choice',
  options: ['Company', 'School'],
};
const experience: ProfileField = { id: 'experience', label: 'Experience', kind: 'number', options: [] };
const describe_ = (field: ProfileField, value: string) => `${field.label}: ${value}`;

describe('buildThematicInputs', () => {
  it('gives everyone one text per chosen question, empty when they did not answer it', () => {
    const built = buildThematicInputs(
      {
        roster: [person('ana'), person('ben'), person('cleo')],
        answers: [
          answer('q1', 'ana', 'bikes', ['Cycling', 'cycling ']),
          answer('q2', 'ana', 'bread', ['Food']),
          answer('q2', 'ben', 'songs'),
          answer('q3', 'cleo', 'not chosen'),
        ],
      },
      {
        questions: [
          { questionId: 'q1', weight: 2 },
          { questionId: 'q3', weight: 0 },
          { questionId: 'q2', weight: 1 },
        ],
        tagWeight: 0.5,
        criteria: [],
      },
      describe_,
    );
    expect(built.inputs).toEqual([
      { participantId: 'ana', texts: ['bikes', 'bread'], tags: ['cycling', 'Food'] },
      { participantId: 'ben', texts: ['', 'songs'], tags: [] },
      { participantId: 'cleo', texts: ['', ''], tags: [] },
    ]);
    expect(built.weights).toEqual({ texts: [2, 1], tags: 0.5, criteria: {} });
    expect(built.answered).toBe(2);
  });

  it('includes someone who answered before their roster entry arrived', () => {
    const built = buildThematicInputs(
      { roster: [person('ana')], answers: [answer('q1', 'dara', 'plants')] },
      { questions: [{ questionId: 'q1', weight: 1 }], tagWeight: 0, criteria: [] },
      describe_,
    );
    expect(built.inputs.map((input) => input.participantId)).toEqual(['ana', 'dara']);
  });

  it('never groups anyone on an answer the facilitator hid', () => {
    const built = buildThematicInputs(
      {
        roster: [person('ana'), person('ben')],
        answers: [
          answer('q1', 'ana', 'bikes'),
          { ...answer('q1', 'ben', 'rude joke', ['joke']), hidden: true },
        ],
      },
      { questions: [{ questionId: 'q1', weight: 1 }], tagWeight: 1, criteria: [] },
      describe_,
    );
    expect(built.inputs).toEqual([
      { participantId: 'ana', texts: ['bikes'], tags: [] },
      { participantId: 'ben', texts: [''], tags: [] },
    ]);
    expect(built.answered).toBe(1);
  });

  it('passes weighted profile fields as criteria: choices as they are, numbers as ranges', () => {
    const roster = [
      person('a', { organisation: 'Company', experience: 1 }),
      person('b', { organisation: 'School', experience: 2 }),
      person('c', { experience: 10 }),
      person('d', { organisation: 'School', experience: 12 }),
      person('e', { organisation: 'Company', experience: 25 }),
      person('f', { organisation: 'Company' }),
    ];
    const built = buildThematicInputs(
      { roster, answers: [] },
      {
        questions: [{ questionId: 'q1', weight: 1 }],
        tagWeight: 0.5,
        criteria: [
          { field: organisation, weight: 1.5 },
          { field: experience, weight: 1 },
        ],
      },
      describe_,
    );
    expect(built.inputs.map((input) => input.criteria)).toEqual([
      { organisation: 'Organisation: Company', experience: 'Experience: 1–2' },
      { organisation: 'Organisation: School', experience: 'Experience: 1–2' },
      { experience: 'Experience: 10' },
      { organisation: 'Organisation: School', experience: 'Experience: 12–25' },
      { organisation: 'Organisation: Company', experience: 'Experience: 12–25' },
      { organisation: 'Organisation: Company' },
    ]);
    expect(built.weights.criteria).toEqual({ organisation: 1.5, experience: 1 });
    expect(built.answered).toBe(0);
  });

  it('leaves fields weighted 0 out entirely', () => {
    const built = buildThematicInputs(
      { roster: [person('a', { organisation: 'Company' })], answers: [answer('q1', 'a', 'hello')] },
      {
        questions: [{ questionId: 'q1', weight: 1 }],
        tagWeight: 0,
        criteria: [{ field: organisation, weight: 0 }],
      },
      describe_,
    );
    expect(built.inputs).toEqual([{ participantId: 'a', texts: ['hello'], tags: [] }]);
    expect(built.weights.criteria).toEqual({});
  });
});
