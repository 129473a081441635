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

/** A participant's caret colour: the same on every device and across reloads, from their id alone. */
export function memberColor(participantId: string): string {
  let hash = 2166136261;
  for (const character of participantId) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  return CARET_COLORS[(hash >>> 0) % CARET_COLORS.length] ?? CARET_COLORS[0];
}
