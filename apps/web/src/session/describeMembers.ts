import type { GroupingKind, SessionSnapshot } from '@peerloom/session-model';

/**
 * What the board shows under each person's name: for thematic groups, what they answered to the question
 * the grouping was made from (or the active one); for diverse groups, and for people without an answer,
 * their profile values in the order of the profile fields.
 */
export function describeMembers(
  snapshot: Pick<SessionSnapshot, 'roster' | 'answers' | 'profileFields' | 'groupings' | 'activeQuestionId'>,
  kind: GroupingKind,
): Map<string, { name: string; detail: string }> {
  const questionId = snapshot.groupings[kind]?.questionId ?? snapshot.activeQuestionId;
  const answers = new Map(
    kind === 'thematic'
      ? snapshot.answers
          .filter((answer) => answer.questionId === questionId)
          .map((answer) => [answer.participantId as string, answer.text])
      : [],
  );
  return new Map(
    snapshot.roster.map((entry) => {
      const profile = snapshot.profileFields
        .map((field) => entry.profile[field.id])
        .filter((value) => value !== undefined && value !== '')
        .join(' · ');
      return [entry.participantId, { name: entry.name, detail: answers.get(entry.participantId) || profile }];
    }),
  );
}
