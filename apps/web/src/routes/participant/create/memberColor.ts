/** Caret colours dark enough for white names on them (WCAG AA), far enough apart to tell members of a group apart. */
const CARET_COLORS = [
  '#1a4f8b',
  '#0b6e4f',
  '#a4161a',
  '#6b3fa0',
  '#8a4b08',
  '#0e6674',
  '#9d174d',
  '#3f5b16',
] as const;

/**
 * A member's caret colour, the same on every device: members of a group (up to eight) each get their own, by
 * their place among the group's ids sorted, from a starting colour the group's ids choose.
 */
export function memberColor(participantId: string, members: readonly string[]): string {
  const sorted = [...new Set([...members, participantId])].sort();
  let hash = 2166136261;
  for (const character of sorted.join(',')) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  const index = ((hash >>> 0) + sorted.indexOf(participantId)) % CARET_COLORS.length;
  return CARET_COLORS[index] ?? CARET_COLORS[0];
}
