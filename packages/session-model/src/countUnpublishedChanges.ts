import type { Group, Grouping } from './schema/types.ts';

const groupOfEachMember = (groups: readonly Group[]) =>
  new Map(groups.flatMap((group) => group.members.map((member) => [member as string, group.id])));

/**
 * How far the facilitator's draft is from what participants see: people whose group differs, plus groups
 * added, removed, renamed or given another place. Zero when the draft is published as is, or was never
 * published (then there is nothing on the phones to be out of date).
 */
export function countUnpublishedChanges(grouping: Grouping | null): number {
  if (!grouping?.published) return 0;
  const draft = groupOfEachMember(grouping.groups);
  const published = groupOfEachMember(grouping.published);
  let changes = 0;
  for (const member of new Set([...draft.keys(), ...published.keys()])) {
    if (draft.get(member) !== published.get(member)) changes++;
  }
  const before = new Map(grouping.published.map((group) => [group.id, group]));
  const after = new Set(grouping.groups.map((group) => group.id));
  for (const group of grouping.groups) {
    const old = before.get(group.id);
    if (!old || old.name !== group.name || old.place !== group.place) changes++;
  }
  for (const id of before.keys()) if (!after.has(id)) changes++;
  return changes;
}
