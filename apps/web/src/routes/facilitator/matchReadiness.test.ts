import { thematicGroups } from '@peerloom/matching';
import { asParticipantId, asQuestionId, type ProfileField, type RosterEntry } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { buildThematicInputs } from './buildThematicInputs.ts';
import { matchReadiness } from './matchReadiness.ts';

const organisation: ProfileField = {
  id: 'organisation',
  label: 'Organisation',
  kind: 'choice',
  options: ['Company', 'School'],
};
const roster: RosterEntry[] = Array.from({ length: 12 }, (_, index) => ({
  participantId: asParticipantId(`p${index}`),
  name: `p${index}`,
  ownName: `p${index}`,
  joinedAt: 0,
  profile: { organisation: index % 2 === 0 ? 'Company' : 'School' },
}));
const build = (
  people: RosterEntry[],
  questionWeight: number,
  criterionWeight: number,
  answers: { participantId: string; text: string }[] = [],
) =>
  buildThematicInputs(
    {
      roster: people,
      answers: answers.map(({ participantId, text }) => ({
        questionId: asQuestionId('q1'),
        participantId: asParticipantId(participantId),
        authorName: participantId,
        text,
        tags: [],
        createdAt: 0,
        updatedAt: 0,
        questionVersion: 1,
        hidden: false,
      })),
    },
    {
      questions: [{ questionId: 'q1', weight: questionWeight }],
      tagWeight: 0.5,
      criteria: [{ field: organisation, weight: criterionWeight }],
    },
    (field, value) => `${field.label}: ${value}`,
  );

describe('matchReadiness', () => {
  it('allows matching on a weighted profile field when nobody answered, or when no question is chosen', () => {
    expect(matchReadiness(build(roster, 1, 2))).toEqual({ readiness: 'profileOnly', canMatch: true });
    expect(matchReadiness(build(roster, 0, 2))).toEqual({ readiness: 'profileOnly', canMatch: true });
  });

  it('allows matching on answers, and says why when there is nothing to match on', () => {
    const answered = [{ participantId: 'p0', text: 'bikes' }];
    expect(matchReadiness(build(roster, 1, 0, answered))).toEqual({ readiness: 'answers', canMatch: true });
    expect(matchReadiness(build(roster, 1, 2, answered))).toEqual({ readiness: 'answers', canMatch: true });
    expect(matchReadiness(build(roster, 1, 0))).toEqual({ readiness: 'noAnswers', canMatch: false });
    expect(matchReadiness(build(roster, 0, 0))).toEqual({ readiness: 'nothingChosen', canMatch: false });
    expect(matchReadiness(build([], 1, 2))).toEqual({ readiness: 'nobody', canMatch: false });
  });

  it('gives inputs that group people by the profile field alone', () => {
    const built = build(roster, 0, 2);
    const { groups } = thematicGroups(built.inputs, {
      seed: 1,
      sizes: { min: 3, target: 6, max: 6 },
      weights: built.weights,
    });
    expect(groups).toHaveLength(2);
    for (const group of groups) {
      const organisations = group.members.map((member) => Number(member.slice(1)) % 2);
      expect(new Set(organisations).size, group.members.join(', ')).toBe(1);
    }
  });
});
