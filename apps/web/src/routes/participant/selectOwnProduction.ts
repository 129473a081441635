import type { ParticipantId, Production, SessionSnapshot } from '@peerloom/session-model';

/** The production a participant writes in now, and the one a regrouping moved them out of, if any. */
export interface OwnProduction {
  readonly production: Production | null;
  /** The latest production they were moved out of (their words stay there), or null. */
  readonly left: Production | null;
}

/** The participant's group production in step 4: the active one whose members include them. */
export function selectOwnProduction(snapshot: SessionSnapshot, participantId: ParticipantId): OwnProduction {
  const production =
    snapshot.productions.find((entry) => !entry.retired && entry.members.includes(participantId)) ?? null;
  const left =
    [...snapshot.productions]
      .filter(
        (entry) =>
          entry.id !== production?.id &&
          (entry.formerMembers.includes(participantId) ||
            (entry.retired && entry.members.includes(participantId))),
      )
      .sort((a, b) => b.createdAt - a.createdAt)[0] ?? null;
  return { production, left };
}
