import { nanoid } from 'nanoid';
import {
  type EvaluationReactionKind,
  evaluationKey,
  evaluationLayout,
  evaluationReactionKey,
  isEvaluationReactionKind,
  parsePairKey,
  type StoredEvaluation,
} from '../evaluation/evaluationLayout.ts';
import { EVALUATION_LIMITS } from '../evaluation/evaluationLimits.ts';
import { readEvaluationSettings } from '../evaluation/readEvaluation.ts';
import { selectEvaluationAssignments } from '../evaluation/selectEvaluationAssignments.ts';
import { parseEvaluation } from '../records/parseEvaluation.ts';
import { parseEvaluationReaction } from '../records/parseEvaluationReaction.ts';
import { CommandError } from '../schema/CommandError.ts';
import { readProductions } from '../schema/readCreation.ts';
import { type CommandContext, cleanText, requireParticipant, runCommand } from './CommandContext.ts';

/** What an evaluator fills in: a level for every criterion of the rubric, and the open comment. */
export interface EvaluationInput {
  scores: Readonly<Record<string, number>>;
  comment: string;
}

/** A participant's evaluations of other groups' productions, and their reactions to those of their own. */
export function createEvaluationCommands(context: CommandContext) {
  const evaluations = () => evaluationLayout.evaluations(context.room);

  return {
    /**
     * Evaluates a production assigned to this participant (`not_assigned` otherwise), with a level of 1–4 for
     * every criterion (`evaluation_incomplete`). Writing again rewrites the same evaluation. The anonymity
     * shown before writing is stored with it. Returns the evaluation's id.
     */
    submitEvaluation(productionId: string, input: EvaluationInput): string {
      const participantId = requireParticipant(context);
      const settings = readEvaluationSettings(context.control, context.room);
      if (!settings.rubric) throw new CommandError('not_found');
      const assigned = selectEvaluationAssignments(readProductions(context.control), settings);
      if (!assigned.byParticipant.get(participantId)?.includes(productionId)) {
        throw new CommandError('not_assigned');
      }
      const scores: Record<string, number> = {};
      for (const criterion of settings.rubric.criteria) {
        const level = input.scores[criterion.id];
        if (
          !Number.isInteger(level) ||
          (level as number) < 1 ||
          (level as number) > EVALUATION_LIMITS.levels
        ) {
          throw new CommandError('evaluation_incomplete');
        }
        scores[criterion.id] = level as number;
      }
      const comment = cleanText(
        input.comment,
        EVALUATION_LIMITS.commentLength,
        'evaluation_incomplete',
        'evaluation_comment_too_long',
        true,
      );
      const key = evaluationKey(participantId, productionId);
      const earlier = parseEvaluation(evaluations().get(key));
      const now = context.now();
      const stored: StoredEvaluation = {
        id: earlier?.id ?? nanoid(12),
        productionId,
        scores,
        comment,
        namedToGroup: earlier ? earlier.namedToGroup : settings.namedToGroup,
        namedToFacilitator: earlier ? earlier.namedToFacilitator : settings.namedToFacilitator,
        createdAt: earlier?.createdAt ?? now,
        updatedAt: now,
      };
      runCommand(context, context.room, 'submitEvaluation', () => evaluations().set(key, stored));
      return stored.id;
    },

    /**
     * A member of the evaluated group marks an evaluation "helpful" or "unclear"; the same kind again takes it
     * back. Returns the reaction now on, or null. Refused (`not_allowed`) for anyone outside that group.
     */
    toggleEvaluationReaction(
      evaluationId: string,
      kind: EvaluationReactionKind,
    ): EvaluationReactionKind | null {
      const participantId = requireParticipant(context);
      if (!isEvaluationReactionKind(kind)) throw new CommandError('not_found');
      let productionId: string | null = null;
      for (const [key, value] of evaluations().entries()) {
        const record = parseEvaluation(value);
        if (record?.id === evaluationId && parsePairKey(key)?.targetId === record.productionId) {
          productionId = record.productionId;
          break;
        }
      }
      const production = readProductions(context.control).find((entry) => entry.id === productionId);
      if (!production) throw new CommandError('not_found');
      if (!production.members.includes(participantId)) throw new CommandError('not_allowed');
      const reactions = evaluationLayout.reactions(context.room);
      const key = evaluationReactionKey(participantId, evaluationId);
      return runCommand(context, context.room, 'toggleEvaluationReaction', () => {
        if (parseEvaluationReaction(reactions.get(key))?.kind === kind) {
          reactions.delete(key);
          return null;
        }
        reactions.set(key, { kind, at: context.now() });
        return kind;
      });
    },
  };
}
