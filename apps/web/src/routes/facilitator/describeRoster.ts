import type { RosterEntry } from '@peerloom/session-model';

export interface RosterRow {
  entry: RosterEntry;
  online: boolean;
  /** Answered the question participants see now. */
  answered: boolean;
  /** Another person on the roster has the same name (often one person on two devices). */
  duplicate: boolean;
}

const keys = new Map<string, string>();
/** A name as compared for duplicates; remembered, as the list is described again at every answer. */
function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
    if (keys.size > 5000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/**
 * One row per person for the facilitator's list: presence, answer to the current question (`answered`, see
 * `selectAnswered`), duplicate names.
 */
export function describeRoster(
  roster: readonly RosterEntry[],
  answered: ReadonlySet<string>,
  online: ReadonlySet<string>,
): RosterRow[] {
  const counts = new Map<string, number>();
  for (const entry of roster) counts.set(nameKey(entry.name), (counts.get(nameKey(entry.name)) ?? 0) + 1);
  return roster.map((entry) => ({
    entry,
    online: online.has(entry.participantId),
    answered: answered.has(entry.participantId),
    duplicate: (counts.get(nameKey(entry.name)) ?? 0) > 1,
  }));
}
