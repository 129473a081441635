import { CommandError } from '../schema/CommandError.ts';
import type { ParticipantId, QuestionId } from '../schema/ids.ts';
import { answerKey, controlLayout, roomLayout } from '../schema/layout.ts';
import { LIMITS } from '../schema/limits.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';

/**
 * The facilitator's decisions about people and their answers. They live in `control` (which only the
 * facilitator writes), so nothing a participant wrote is changed or lost: a rename shows another name, a
 * removal and a hidden answer can be undone.
 */
export function createModerationCommands(context: CommandContext) {
  const admin = () => controlLayout.participantAdmin(context.control);
  const requireKnown = (participantId: ParticipantId) => {
    if (!roomLayout.roster(context.room).has(participantId)) throw new CommandError('not_found');
  };

  return {
    /** Shows `name` for this person everywhere instead of the name they typed; an empty name undoes it. */
    renameParticipant(participantId: ParticipantId, name: string): void {
      requireFacilitator(context);
      requireKnown(participantId);
      const cleaned = cleanText(name, LIMITS.nameLength, 'name_empty', 'name_too_long', true);
      runCommand(context, context.control, 'renameParticipant', () => {
        const { name: _previous, ...rest } = admin().get(participantId) ?? {};
        admin().set(participantId, cleaned ? { ...rest, name: cleaned } : rest);
      });
    },

    /** Takes the person out of the session: off the roster and the groupings' inputs; their device is told. */
    removeParticipant(participantId: ParticipantId): void {
      requireFacilitator(context);
      requireKnown(participantId);
      runCommand(context, context.control, 'removeParticipant', () => {
        admin().set(participantId, { ...admin().get(participantId), removedAt: context.now() });
      });
    },

    /** Brings a removed person back, with everything they wrote. */
    restoreParticipant(participantId: ParticipantId): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'restoreParticipant', () => {
        const stored = admin().get(participantId);
        if (!stored) return;
        const { removedAt: _removedAt, ...rest } = stored;
        admin().set(participantId, rest);
      });
    },

    /** Hides an answer from participants and the projector; it stays in the session and can be shown again. */
    setAnswerHidden(questionId: QuestionId, participantId: ParticipantId, hidden: boolean): void {
      requireFacilitator(context);
      const key = answerKey(questionId, participantId);
      if (hidden && !roomLayout.answers(context.room).has(key)) throw new CommandError('not_found');
      runCommand(context, context.control, 'setAnswerHidden', () => {
        const map = controlLayout.hiddenAnswers(context.control);
        if (hidden) map.set(key, context.now());
        else map.delete(key);
      });
    },
  };
}
