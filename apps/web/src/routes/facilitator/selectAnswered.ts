import type { ParticipantId, SessionSnapshot } from '@peerloom/session-model';

/** Who answered the question participants see now (an empty answer does not count), in the answers' order. */
export function selectAnswered(
  snapshot: Pick<SessionSnapshot, 'answers' | 'activeQuestionId'>,
): ParticipantId[] {
  return snapshot.answers
    .filter((answer) => answer.questionId === snapshot.activeQuestionId && answer.text.trim() !== '')
    .map((answer) => answer.participantId);
}
