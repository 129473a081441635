import type { ParticipantId, QuestionId } from './schema/ids.ts';
import type { Answer, Group, GroupingKind, Question, SessionSnapshot } from './schema/types.ts';

export const selectActiveQuestion = (snapshot: SessionSnapshot): Question | null =>
  snapshot.questions.find((question) => question.id === snapshot.activeQuestionId) ?? null;

/** The answers everyone sees: hidden ones left out. */
export const selectAnswersTo = (
  snapshot: Pick<SessionSnapshot, 'answers'>,
  questionId: QuestionId | null,
): Answer[] =>
  questionId ? snapshot.answers.filter((answer) => answer.questionId === questionId && !answer.hidden) : [];

/** Every answer to a question, hidden ones included (flagged), for the facilitator. */
export const selectAllAnswersTo = (snapshot: SessionSnapshot, questionId: QuestionId | null): Answer[] =>
  questionId ? snapshot.answers.filter((answer) => answer.questionId === questionId) : [];

/** Whether the facilitator removed this participant from the session. */
export const selectIsRemoved = (snapshot: SessionSnapshot, participantId: ParticipantId): boolean =>
  snapshot.removed.some((entry) => entry.participantId === participantId);

export const selectOwnAnswer = (
  snapshot: SessionSnapshot,
  questionId: QuestionId | null,
  participantId: ParticipantId,
): Answer | null =>
  snapshot.answers.find(
    (answer) => answer.questionId === questionId && answer.participantId === participantId,
  ) ?? null;

/** The published groups this participant belongs to, newest kind first (thematic before diverse). */
export const selectOwnGroups = (
  snapshot: SessionSnapshot,
  participantId: ParticipantId,
): { kind: GroupingKind; group: Group }[] =>
  (['thematic', 'diverse'] as const).flatMap((kind) => {
    const group = snapshot.groupings[kind]?.published?.find((candidate) =>
      candidate.members.includes(participantId),
    );
    return group ? [{ kind, group }] : [];
  });

/** How many groups participants see, Mix and Match together. */
export const selectPublishedGroupCount = (snapshot: SessionSnapshot): number =>
  (['diverse', 'thematic'] as const).reduce(
    (sum, kind) => sum + (snapshot.groupings[kind]?.published?.length ?? 0),
    0,
  );
