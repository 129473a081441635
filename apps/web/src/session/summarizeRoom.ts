import type { Production, TemplateField } from '@peerloom/session-model';
import type { ProductionProgress } from './createProgressTracker.ts';
import { summarizeProgress } from './summarizeProgress.ts';

/** The room's totals over the active productions: groups, members with the production open, words written. */
export interface RoomSummary {
  readonly groups: number;
  readonly members: number;
  readonly online: number;
  readonly words: number;
  /** Fields filled over all groups, out of groups × fields. */
  readonly filled: number;
  readonly fields: number;
}

export function summarizeRoom(
  productions: readonly Production[],
  template: readonly TemplateField[],
  progress: ReadonlyMap<string, ProductionProgress>,
): RoomSummary {
  let members = 0;
  let online = 0;
  let words = 0;
  let filled = 0;
  let fields = 0;
  for (const production of productions) {
    if (production.retired) continue;
    const entry = progress.get(production.id);
    const summary = summarizeProgress(template, entry?.content);
    members += production.members.length;
    online += production.members.filter((member) => entry?.online.includes(member)).length;
    words += summary.words;
    filled += summary.filled;
    fields += summary.total;
  }
  return {
    groups: productions.filter((production) => !production.retired).length,
    members,
    online,
    words,
    filled,
    fields,
  };
}
