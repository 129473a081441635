import {
  FROM_ANSWERS_FIELD_ID,
  type Production,
  readFragmentText,
  type TemplateField,
} from '@peerloom/session-model';
import type { ProductionHandle } from '../../../session/useProduction.ts';

const TITLE_LENGTH = 80;

/**
 * A class title for each production from what its group wrote: the first line of the first template field that
 * has text (the "from our answers" quotes left out), cut to a headline. Productions with no text get none, and
 * the screens then say "Class of Group N".
 */
export function readClassTitles(
  productions: readonly Production[],
  template: readonly TemplateField[],
  getHandle: (productionId: string) => ProductionHandle | null,
): Record<string, string> {
  const titles: Record<string, string> = {};
  const fields = template.filter((field) => field.removedAt === null && field.id !== FROM_ANSWERS_FIELD_ID);
  for (const production of productions) {
    const store = getHandle(production.id)?.store;
    if (!store) continue;
    for (const field of fields) {
      const line = readFragmentText(store.fieldFragment(field.id))
        .split('\n')
        .map((text) => text.trim())
        .find((text) => text !== '');
      if (!line) continue;
      const characters = [...line];
      titles[production.id] =
        characters.length > TITLE_LENGTH ? `${characters.slice(0, TITLE_LENGTH - 1).join('')}…` : line;
      break;
    }
  }
  return titles;
}
