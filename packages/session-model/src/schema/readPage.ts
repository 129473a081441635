import type * as Y from 'yjs';
import { asParticipantId, type ParticipantId } from './ids.ts';
import { pageLayout } from './pageLayout.ts';
import type { PageSettings } from './pageTypes.ts';

/** The facilitator's order and hidden productions, tolerant of missing or foreign-shaped values. */
export function readPageSettings(control: Y.Doc): PageSettings {
  const page = pageLayout.page(control);
  const order = page.get('order');
  const hidden = page.get('hidden');
  const hiddenIds =
    hidden && typeof hidden === 'object' && !Array.isArray(hidden)
      ? Object.entries(hidden as Record<string, unknown>)
          .filter(([, value]) => value === true)
          .map(([id]) => [id, true] as const)
      : [];
  return Object.freeze({
    order: Object.freeze(
      Array.isArray(order) ? [...new Set(order.filter((id): id is string => typeof id === 'string'))] : [],
    ),
    hidden: Object.freeze(Object.fromEntries(hiddenIds)),
  });
}

/** The people who asked not to be named in the page's contributions. */
export function readContributionOptOut(room: Y.Doc): readonly ParticipantId[] {
  return Object.freeze(
    [...pageLayout.contributionOptOut(room).entries()]
      .filter(([, value]) => value === true)
      .map(([participantId]) => asParticipantId(participantId))
      .sort(),
  );
}
