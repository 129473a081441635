import type { RosterEntry, SessionSnapshot } from '@peerloom/session-model';

export interface RosterRow {
  entry: RosterEntry;
  online: boolean;
  /** Answered the question participants see now. */
  answered: boolean;
  /** Another person on the roster has the same name (often one person on two devices). */
  duplicate: boolean;
}

const nameKey = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** One row per person for the facilitator's list: presence, answer to the current question, duplicate names. */
export function describeRoster(
  snapshot: Pick<SessionSnapshot, 'roster' | 'answers' | 'activeQuestionId'>,
  online: ReadonlySet<string>,
): RosterRow[] {
  const counts = new Map<string, number>();
  for (const entry of snapshot.roster)
    counts.set(nameKey(entry.name), (counts.get(nameKey(entry.name)) ?? 0) + 1);
  const answered = new Set(
    snapshot.answers
      .filter((answer) => answer.questionId === snapshot.activeQuestionId && answer.text.trim() !== '')
      .map((answer) => answer.participantId as string),
  );
  return snapshot.roster.map((entry) => ({
    entry,
    online: online.has(entry.participantId),
    answered: answered.has(entry.participantId),
    duplicate: (counts.get(nameKey(entry.name)) ?? 0) > 1,
  }));
}
