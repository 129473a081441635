import type { Production, TemplateField } from '@peerloom/session-model';
import type { ProductionProgress } from '../../session/createProgressTracker.ts';
import { summarizeProgress } from '../../session/summarizeProgress.ts';

/** How the facilitator orders the wall: by group number, the groups furthest behind first, or the quietest first. */
export type WallOrder = 'number' | 'behind' | 'quiet';

export const WALL_ORDERS: readonly WallOrder[] = ['number', 'behind', 'quiet'];

/** A new array in the chosen order; ties keep the group number order. */
export function sortProductions(
  productions: readonly Production[],
  order: WallOrder,
  template: readonly TemplateField[],
  progress: ReadonlyMap<string, ProductionProgress>,
): Production[] {
  const byNumber = [...productions].sort((left, right) => left.number - right.number);
  if (order === 'number') return byNumber;
  if (order === 'quiet') {
    const lastEdit = (production: Production) => progress.get(production.id)?.content.lastEditAt ?? -1;
    return byNumber.sort((left, right) => lastEdit(left) - lastEdit(right));
  }
  const figures = new Map(
    byNumber.map((production) => [
      production.id,
      summarizeProgress(template, progress.get(production.id)?.content),
    ]),
  );
  return byNumber.sort((left, right) => {
    const a = figures.get(left.id);
    const b = figures.get(right.id);
    return (a?.filled ?? 0) - (b?.filled ?? 0) || (a?.words ?? 0) - (b?.words ?? 0);
  });
}
