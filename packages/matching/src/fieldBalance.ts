import type { ProfileField, ProfileParticipant } from './profileDistances.ts';

/**
 * Balance of one field across groups (0 = every group mirrors the whole): for a choice field the largest
 * deviation of a category's share in a group from its overall share; for a number field the standard
 * deviation of group means divided by the overall standard deviation.
 */
export function fieldBalance(
  participants: ProfileParticipant[],
  field: ProfileField,
  groups: number[][],
): number {
  const valueFor = (member: number) => participants[member]?.profile[field.key] ?? null;
  if (field.kind === 'number') {
    const numeric = (member: number) => {
      const value = valueFor(member);
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    };
    const all = participants
      .map((_, member) => numeric(member))
      .filter((value): value is number => value !== null);
    const spread = standardDeviation(all);
    if (spread === 0) return 0;
    const means = groups
      .map((members) => members.map(numeric).filter((value): value is number => value !== null))
      .filter((values) => values.length > 0)
      .map((values) => values.reduce((sum, value) => sum + value, 0) / values.length);
    return standardDeviation(means) / spread;
  }
  const overall = new Map<string, number>();
  let known = 0;
  participants.forEach((_, member) => {
    const value = valueFor(member);
    if (value === null) return;
    overall.set(String(value), (overall.get(String(value)) ?? 0) + 1);
    known++;
  });
  let worst = 0;
  for (const members of groups) {
    const values = members
      .map(valueFor)
      .filter((value) => value !== null)
      .map(String);
    if (values.length === 0) continue;
    for (const [category, count] of overall) {
      const share = values.filter((value) => value === category).length / values.length;
      worst = Math.max(worst, Math.abs(share - count / known));
    }
  }
  return worst;
}

function standardDeviation(values: number[]): number {
  if (values.length === 0) return 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
}
