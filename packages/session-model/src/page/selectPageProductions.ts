import type { Production } from '../schema/creationTypes.ts';
import type { PageSettings } from '../schema/pageTypes.ts';
import type { SessionSnapshot } from '../schema/types.ts';

/** One production as the session page lists it. */
export interface PageProduction {
  readonly production: Production;
  /** Left off the page by the facilitator: only the facilitator's view lists it (marked). */
  readonly hidden: boolean;
}

/**
 * The productions of the session page in the facilitator's order (productions the order does not name
 * follow, in the session's order); hidden ones are listed only when `includeHidden` (the facilitator's view).
 */
export function selectPageProductions(
  snapshot: SessionSnapshot,
  settings: PageSettings,
  options: { includeHidden: boolean },
): readonly PageProduction[] {
  const position = new Map(settings.order.map((id, index) => [id, index]));
  const unlisted = settings.order.length;
  return snapshot.productions
    .map((production, index) => ({ production, index, rank: position.get(production.id) ?? unlisted }))
    .sort((left, right) => left.rank - right.rank || left.index - right.index)
    .map(({ production }) => ({ production, hidden: settings.hidden[production.id] === true }))
    .filter((entry) => options.includeHidden || !entry.hidden);
}
