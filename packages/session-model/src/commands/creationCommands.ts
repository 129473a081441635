import { CommandError } from '../schema/CommandError.ts';
import { creationLayout, ROLE_NAMES, type RoleName } from '../schema/creationLayout.ts';
import { LIMITS } from '../schema/limits.ts';
import { readTemplateFields } from '../schema/readCreation.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';
import { hasActiveProductions, syncProductions } from './syncProductions.ts';

/** The facilitator's commands that run step 4: productions for the groups, roles, a message, the pace. */
export function createCreationCommands(context: CommandContext) {
  const creation = () => creationLayout.creation(context.control);

  return {
    /**
     * Gives every published group its production (once; later calls keep them). Refused with `no_groups`
     * when no grouping is published.
     */
    startProductions(): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'startProductions', () => {
        if (hasActiveProductions(context)) return;
        syncProductions(context, 'fresh');
        if (!hasActiveProductions(context)) throw new CommandError('no_groups');
      });
    },

    /** Whether each new production starts with a field quoting its members' answers. */
    setStartFromAnswers(enabled: boolean): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'setStartFromAnswers', () => {
        creation().set('startFromAnswers', enabled);
      });
    },

    /** Gives `role` in a production to one of its members (or to nobody). */
    setRole(productionId: string, role: RoleName, participantId: string | null): void {
      requireFacilitator(context);
      if (!ROLE_NAMES.includes(role)) throw new CommandError('not_found');
      runCommand(context, context.control, 'setRole', () => {
        const productions = creationLayout.productions(context.control);
        const production = productions.get(productionId);
        if (!production) throw new CommandError('not_found');
        if (participantId !== null && !production.members.includes(participantId)) {
          throw new CommandError('not_found');
        }
        const roles = { ...production.roles };
        if (participantId === null) delete roles[role];
        else roles[role] = participantId;
        productions.set(productionId, { ...production, roles });
      });
    },

    /** Shows a message on every member's screen and the projector; an empty text clears it. */
    sendCreationMessage(text: string): void {
      requireFacilitator(context);
      const cleaned = cleanText(text, LIMITS.creationMessageLength, 'name_empty', 'message_too_long', true);
      runCommand(context, context.control, 'sendCreationMessage', () => {
        if (cleaned === '') creation().delete('message');
        else creation().set('message', { text: cleaned, sentAt: context.now() });
      });
    },

    /** "Bring every group to the next field": the field after the current focus (the first at first). */
    focusNextField(): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'focusNextField', () => {
        const fields = readTemplateFields(context.control).filter((field) => field.removedAt === null);
        if (fields.length === 0) throw new CommandError('not_found');
        const current = creation().get('focus') as { fieldId?: string } | undefined;
        const index = fields.findIndex((field) => field.id === current?.fieldId);
        const next = fields[Math.min(fields.length - 1, index + 1)];
        creation().set('focus', { fieldId: next?.id ?? '', setAt: context.now() });
      });
    },

    /** Brings every group to one field, or lets groups move freely again (null). */
    focusField(fieldId: string | null): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'focusField', () => {
        if (fieldId === null) creation().delete('focus');
        else if (!creationLayout.templateFields(context.control).has(fieldId))
          throw new CommandError('not_found');
        else creation().set('focus', { fieldId, setAt: context.now() });
      });
    },
  };
}
