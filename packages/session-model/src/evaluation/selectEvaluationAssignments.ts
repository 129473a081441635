import type { Production } from '../schema/creationTypes.ts';
import type { ParticipantId } from '../schema/ids.ts';
import { assignReviewers, splitReviews } from './assignReviewers.ts';
import type { EvaluationSettings } from './evaluationTypes.ts';

/** Who evaluates what, the same on every device (derived from the active productions and the settings). */
export interface EvaluationAssignments {
  /** Evaluating group's production id → the production ids it evaluates. */
  readonly byGroup: ReadonlyMap<string, readonly string[]>;
  /** Participant → the production ids they evaluate (their part, or all their group's when together). */
  readonly byParticipant: ReadonlyMap<ParticipantId, readonly string[]>;
  /** Participant → the production of the group they evaluate with. */
  readonly groupOf: ReadonlyMap<ParticipantId, string>;
}

/**
 * Each active production's group evaluates `perGroup` others (`assignReviewers`: balanced, never its own);
 * its members split them (`splitReviews`) or each take them all, as the facilitator chose.
 */
export function selectEvaluationAssignments(
  productions: readonly Production[],
  settings: Pick<EvaluationSettings, 'perGroup' | 'mode'>,
): EvaluationAssignments {
  const active = productions.filter((production) => !production.retired && production.members.length > 0);
  const byGroup = assignReviewers(
    active.map((production) => ({ productionId: production.id, groupId: production.id })),
    settings.perGroup,
  );
  const byParticipant = new Map<ParticipantId, readonly string[]>();
  const groupOf = new Map<ParticipantId, string>();
  for (const production of active) {
    const reviewed = byGroup.get(production.id) ?? [];
    const shares =
      settings.mode === 'split'
        ? splitReviews(production.members, reviewed)
        : new Map(production.members.map((member) => [member, reviewed]));
    for (const [member, productionIds] of shares) {
      byParticipant.set(member, Object.freeze([...productionIds]));
      groupOf.set(member, production.id);
    }
  }
  return { byGroup, byParticipant, groupOf };
}
