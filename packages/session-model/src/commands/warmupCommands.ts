import { CommandError } from '../schema/CommandError.ts';
import { createEntityId, type WarmupItemId } from '../schema/ids.ts';
import { controlLayout, createYMap } from '../schema/layout.ts';
import { LIMITS } from '../schema/limits.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';

export interface WarmupItemInput {
  title: string;
  url: string;
  note: string;
}

/** Accepts an empty URL or an absolute http(s) one; anything else (javascript:, data:) is refused. */
function cleanUrl(value: string): string {
  const url = value.trim();
  if (url === '') return '';
  if (url.length > LIMITS.urlLength) throw new CommandError('url_invalid');
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new CommandError('url_invalid');
    return parsed.toString();
  } catch {
    throw new CommandError('url_invalid');
  }
}

function cleanItem(input: WarmupItemInput): WarmupItemInput {
  const item = {
    title: cleanText(input.title, LIMITS.warmupTitleLength, 'title_empty', 'title_too_long', true),
    url: cleanUrl(input.url),
    note: cleanText(input.note, LIMITS.warmupNoteLength, 'note_too_long', 'note_too_long', true),
  };
  if (item.title === '' && item.url === '' && item.note === '') throw new CommandError('title_empty');
  return item;
}

export function createWarmupCommands(context: CommandContext) {
  const items = () => controlLayout.warmup(context.control);
  const indexOf = (id: WarmupItemId) => {
    const index = items()
      .toArray()
      .findIndex((item) => item.get('id') === id);
    if (index < 0) throw new CommandError('not_found');
    return index;
  };

  return {
    addWarmupItem(input: WarmupItemInput): WarmupItemId {
      requireFacilitator(context);
      const item = cleanItem(input);
      const id = createEntityId<WarmupItemId>();
      runCommand(context, context.control, 'addWarmupItem', () => {
        items().push([createYMap({ id, ...item })]);
      });
      return id;
    },

    editWarmupItem(id: WarmupItemId, input: WarmupItemInput): void {
      requireFacilitator(context);
      const item = cleanItem(input);
      runCommand(context, context.control, 'editWarmupItem', () => {
        const stored = items().get(indexOf(id));
        for (const [field, value] of Object.entries(item)) {
          if (stored.get(field) !== value) stored.set(field, value);
        }
      });
    },

    removeWarmupItem(id: WarmupItemId): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'removeWarmupItem', () => {
        items().delete(indexOf(id), 1);
      });
    },
  };
}
