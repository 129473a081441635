/** How long ago a production was last edited, in the largest unit that fits, for a translated "2 min ago". */
export type LastEdit =
  | { readonly unit: 'never' }
  | { readonly unit: 'now' }
  | { readonly unit: 'minutes' | 'hours'; readonly count: number };

/** `lastEditAt` and `now` are both server time; a device clock that is off changes nothing. */
export function describeLastEdit(lastEditAt: number | null, now: number): LastEdit {
  if (lastEditAt === null) return { unit: 'never' };
  const minutes = Math.floor(Math.max(0, now - lastEditAt) / 60_000);
  if (minutes < 1) return { unit: 'now' };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  return { unit: 'hours', count: Math.floor(minutes / 60) };
}
