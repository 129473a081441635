import type { MiniClass, Production } from '@peerloom/session-model';
import { formatGroupTitle } from './formatGroupTitle.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The group that teaches a class, as "Group 3 · Pioneers", or '' when its production is gone. */
export function formatTeachingGroup(production: Production | undefined, t: Translate): string {
  return production ? formatGroupTitle(production, (number) => t('groups.groupNumber', { number })) : '';
}

/** A class's title, or "Class of Group 3" while the facilitator gave none. */
export function formatClassTitle(entry: MiniClass, production: Production | undefined, t: Translate): string {
  return entry.title || t('teach.untitled', { group: formatTeachingGroup(production, t) });
}

/** "10:05" in the screen's language, from server time. */
export function formatClock(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(at);
}
