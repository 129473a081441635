import type { Group } from '@peerloom/session-model';

/**
 * "Group 3 · Pioneers · Table 4": the group's stable number, then the facilitator's name and place when given
 * (lists that only need to tell groups apart leave the place out).
 */
export function formatGroupTitle(
  group: Pick<Group, 'number' | 'name'> & { place?: string },
  numbered: (number: number) => string,
): string {
  return [numbered(group.number), group.name, group.place].filter(Boolean).join(' · ');
}
