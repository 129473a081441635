import { nanoid } from 'nanoid';
import { CommandError } from '../schema/CommandError.ts';
import { creationLayout, type StoredTemplateField } from '../schema/creationLayout.ts';
import { LIMITS } from '../schema/limits.ts';
import { readTemplateFields } from '../schema/readCreation.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';

/** What the facilitator types for one field of the template. */
export interface TemplateFieldInput {
  title: string;
  hint: string;
  example: string;
}

function cleanField(input: TemplateFieldInput): TemplateFieldInput {
  return {
    title: cleanText(input.title, LIMITS.fieldTitleLength, 'field_title_empty', 'field_too_long'),
    hint: cleanText(input.hint, LIMITS.fieldHintLength, 'field_title_empty', 'field_too_long', true),
    example: cleanText(input.example, LIMITS.fieldExampleLength, 'field_title_empty', 'field_too_long', true),
  };
}

/** The facilitator's commands for the production template of step 4: ordered fields with hint and example. */
export function createTemplateCommands(context: CommandContext) {
  const fields = () => creationLayout.templateFields(context.control);
  const active = () => readTemplateFields(context.control).filter((field) => field.removedAt === null);
  const stored = (fieldId: string): StoredTemplateField => {
    const field = fields().get(fieldId);
    if (!field || typeof field !== 'object') throw new CommandError('not_found');
    return field;
  };
  /** Rewrites the order of the active fields as 1..n in the given sequence. */
  const renumber = (ids: readonly string[]) => {
    ids.forEach((id, index) => {
      const field = fields().get(id);
      if (field && field.order !== index + 1) fields().set(id, { ...field, order: index + 1 });
    });
  };

  return {
    /** Adds a field at the end of the template; returns its id. */
    addTemplateField(input: TemplateFieldInput): string {
      requireFacilitator(context);
      const field = cleanField(input);
      if (active().length >= LIMITS.templateFieldsMax) throw new CommandError('too_many_fields');
      const id = nanoid(10);
      runCommand(context, context.control, 'addTemplateField', () => {
        const last = readTemplateFields(context.control).at(-1);
        fields().set(id, { ...field, order: (last ? stored(last.id).order : 0) + 1 });
      });
      return id;
    },

    updateTemplateField(fieldId: string, input: TemplateFieldInput): void {
      requireFacilitator(context);
      const field = cleanField(input);
      runCommand(context, context.control, 'updateTemplateField', () => {
        fields().set(fieldId, { ...stored(fieldId), ...field });
      });
    },

    /** Moves an active field to `toIndex` among the active fields. */
    moveTemplateField(fieldId: string, toIndex: number): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'moveTemplateField', () => {
        const ids = active().map((field) => field.id);
        const from = ids.indexOf(fieldId);
        if (from < 0) throw new CommandError('not_found');
        ids.splice(from, 1);
        ids.splice(Math.max(0, Math.min(ids.length, Math.floor(toIndex))), 0, fieldId);
        renumber(ids);
      });
    },

    /** Takes a field out of the template; what groups wrote in it stays and the facilitator still sees it. */
    removeTemplateField(fieldId: string): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'removeTemplateField', () => {
        fields().set(fieldId, { ...stored(fieldId), removedAt: context.now() });
      });
    },

    restoreTemplateField(fieldId: string): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'restoreTemplateField', () => {
        const { removedAt: _removed, ...field } = stored(fieldId);
        const last = active().at(-1);
        fields().set(fieldId, { ...field, order: (last ? stored(last.id).order : 0) + 1 });
      });
    },

    /** Forgets a removed field for good (only a removed one: an active field must be removed first). */
    deleteTemplateField(fieldId: string): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'deleteTemplateField', () => {
        if (typeof stored(fieldId).removedAt !== 'number') throw new CommandError('not_allowed');
        fields().delete(fieldId);
      });
    },

    /**
     * Replaces the template with `inputs` (a built-in pack or a template saved on this device). Current
     * fields are removed, not deleted, so nothing a group wrote disappears from the facilitator's view.
     */
    applyTemplate(inputs: readonly TemplateFieldInput[]): void {
      requireFacilitator(context);
      const cleaned = inputs.map(cleanField);
      if (cleaned.length === 0 || cleaned.length > LIMITS.templateFieldsMax)
        throw new CommandError('too_many_fields');
      runCommand(context, context.control, 'applyTemplate', () => {
        for (const field of active())
          fields().set(field.id, { ...stored(field.id), removedAt: context.now() });
        const start = Math.max(0, ...[...fields().values()].map((field) => field.order ?? 0));
        cleaned.forEach((field, index) => {
          fields().set(nanoid(10), { ...field, order: start + index + 1 });
        });
      });
    },
  };
}
