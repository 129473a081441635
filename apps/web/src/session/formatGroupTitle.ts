import type { Group } from '@peerloom/session-model';

/** "Group 3 · Pioneers · Table 4": the group's stable number, then the facilitator's name and place when given. */
export function formatGroupTitle(
  group: Pick<Group, 'number' | 'name' | 'place'>,
  numbered: (number: number) => string,
): string {
  return [numbered(group.number), group.name, group.place].filter(Boolean).join(' · ');
}
