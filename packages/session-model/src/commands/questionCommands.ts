import { CommandError } from '../schema/CommandError.ts';
import { createEntityId, type QuestionId } from '../schema/ids.ts';
import { controlLayout, createYMap } from '../schema/layout.ts';
import { LIMITS } from '../schema/limits.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';

export function createQuestionCommands(context: CommandContext) {
  const questions = () => controlLayout.questions(context.control);
  const find = (id: QuestionId) => {
    const found = questions()
      .toArray()
      .find((item) => item.get('id') === id);
    if (!found) throw new CommandError('not_found');
    return found;
  };
  const clean = (text: string) =>
    cleanText(text, LIMITS.questionLength, 'question_empty', 'question_too_long');

  return {
    /** Adds a question; the first one becomes the question participants answer (see `setActiveQuestion`). */
    addQuestion(text: string): QuestionId {
      requireFacilitator(context);
      const cleaned = clean(text);
      const id = createEntityId<QuestionId>();
      runCommand(context, context.control, 'addQuestion', () => {
        questions().push([createYMap({ id, text: cleaned, createdAt: context.now() })]);
        const session = controlLayout.session(context.control);
        if (typeof session.get('activeQuestionId') !== 'string') session.set('activeQuestionId', id);
      });
      return id;
    },

    /**
     * Rewords a question. The earlier wording is kept as a previous version, and answers written to it stay
     * attached to it (each answer records the version it answered).
     */
    editQuestion(id: QuestionId, text: string): void {
      requireFacilitator(context);
      const cleaned = clean(text);
      runCommand(context, context.control, 'editQuestion', () => {
        const question = find(id);
        const previous = question.get('text');
        if (previous === cleaned) return;
        const history = question.get('previousTexts');
        question.set('previousTexts', [...(Array.isArray(history) ? history : []), previous]);
        question.set('text', cleaned);
      });
    },

    /** Makes `id` the question participants see and answer now; answers to the others stay. */
    setActiveQuestion(id: QuestionId): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'setActiveQuestion', () => {
        find(id);
        controlLayout.session(context.control).set('activeQuestionId', id);
      });
    },
  };
}
