import { ROLE_NAMES, type RoleName } from '../schema/creationLayout.ts';

/** A small stable hash, so ties between equally experienced members differ from group to group. */
function spread(productionId: string, participantId: string): number {
  let hash = 2166136261;
  for (const character of `${productionId}/${participantId}`) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  }
  return hash >>> 0;
}

/**
 * Gives a group its leader, app master and time master: members who held fewer roles before go first
 * (so roles rotate when groups change), nobody holds two roles when the group has three or more people,
 * and a smaller group shares them out in turn. Deterministic for the same inputs.
 */
export function assignRoles(
  productionId: string,
  members: readonly string[],
  rolesHeld: ReadonlyMap<string, number>,
): Partial<Record<RoleName, string>> {
  if (members.length === 0) return {};
  const order = [...new Set(members)].sort(
    (left, right) =>
      (rolesHeld.get(left) ?? 0) - (rolesHeld.get(right) ?? 0) ||
      spread(productionId, left) - spread(productionId, right) ||
      left.localeCompare(right),
  );
  const roles: Partial<Record<RoleName, string>> = {};
  ROLE_NAMES.forEach((role, index) => {
    roles[role] = order[index % order.length];
  });
  return roles;
}
