import type { TemplateFieldInput } from '@peerloom/session-model';
import { createStore, del, set, values } from 'idb-keyval';

/** A template the facilitator saved on this device, to reuse in a later session. */
export interface SavedTemplate {
  readonly id: string;
  readonly name: string;
  readonly savedAt: number;
  readonly fields: readonly TemplateFieldInput[];
}

const store = createStore('peerloom-templates', 'templates');

/** Keeps `fields` on this device under `name`; returns what was stored. */
export async function saveTemplate(
  name: string,
  fields: readonly TemplateFieldInput[],
): Promise<SavedTemplate> {
  const template: SavedTemplate = {
    id: crypto.randomUUID(),
    name,
    savedAt: Date.now(),
    fields: fields.map(({ title, hint, example }) => ({ title, hint, example })),
  };
  await set(template.id, template, store);
  return template;
}

/** The templates saved on this device, newest first. */
export async function listSavedTemplates(): Promise<SavedTemplate[]> {
  const saved = await values<SavedTemplate>(store);
  return saved
    .filter((template) => template && Array.isArray(template.fields) && template.fields.length > 0)
    .sort((left, right) => right.savedAt - left.savedAt);
}

export const deleteSavedTemplate = (id: string) => del(id, store);
