import type { TFunction } from 'i18next';

/** "Group 3", or "Group 3 · Bikes" once the facilitator named it. */
export const groupTitle = (t: TFunction, group: { number: number; name: string }) =>
  group.name
    ? `${t('groups.groupNumber', { number: group.number })} · ${group.name}`
    : t('groups.groupNumber', { number: group.number });
