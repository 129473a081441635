import type { ParticipantId, QuestionId } from './schema/ids.ts';
import type { Answer, Group, GroupingKind, Question, SessionSnapshot } from './schema/types.ts';

export const selectActiveQuestion = (snapshot: SessionSnapshot): Question | null =>
  snapshot.questions.find((question) => question.id === snapshot.activeQuestionId) ?? null;

export const selectAnswersTo = (snapshot: SessionSnapshot, questionId: QuestionId | null): Answer[] =>
  questionId ? snapshot.answers.filter((answer) => answer.questionId === questionId) : [];

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
