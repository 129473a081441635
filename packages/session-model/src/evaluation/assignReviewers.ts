import type { ParticipantId } from '../schema/ids.ts';

/** A production to be evaluated, and the group that wrote it (which never evaluates it). */
export interface ReviewedProduction {
  productionId: string;
  groupId: string;
}

/**
 * Which productions each group evaluates (step 6A): with the productions in a stable order (by id), the group of
 * the i-th evaluates the next `perGroup` ones around the circle. So no group evaluates its own, every group
 * evaluates `perGroup` productions and every production gets `perGroup` evaluations, for any number of groups
 * of three or more (`perGroup` is capped at the number of other productions). Deterministic on every device.
 * Returns group id → production ids, in order.
 */
export function assignReviewers(
  productions: readonly ReviewedProduction[],
  perGroup = 2,
): Map<string, string[]> {
  const ordered = [...productions].sort((a, b) =>
    a.productionId < b.productionId ? -1 : a.productionId > b.productionId ? 1 : 0,
  );
  const count = Math.max(0, Math.min(Math.floor(perGroup), ordered.length - 1));
  const assignment = new Map<string, string[]>();
  ordered.forEach((reviewer, index) => {
    const reviewed: string[] = [];
    for (let step = 1; step <= count; step++) {
      const production = ordered[(index + step) % ordered.length];
      if (production) reviewed.push(production.productionId);
    }
    assignment.set(reviewer.groupId, reviewed);
  });
  return assignment;
}

/**
 * The facilitator's "split the work" choice: a group's members share its evaluations, each production to at
 * least one member, each member as few as possible (member i takes productions i, i + m, …; with more members
 * than productions, members take turns over the productions so each is evaluated by several). Members are taken
 * in a stable order (by id).
 */
export function splitReviews(
  members: readonly ParticipantId[],
  productionIds: readonly string[],
): Map<ParticipantId, string[]> {
  const ordered = [...members].sort();
  const split = new Map<ParticipantId, string[]>(ordered.map((member) => [member, []]));
  if (productionIds.length === 0 || ordered.length === 0) return split;
  const turns = Math.max(ordered.length, productionIds.length);
  for (let turn = 0; turn < turns; turn++) {
    const member = ordered[turn % ordered.length];
    const production = productionIds[turn % productionIds.length];
    if (member !== undefined && production !== undefined) split.get(member)?.push(production);
  }
  return split;
}
