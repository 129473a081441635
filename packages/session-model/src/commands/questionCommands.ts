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
    /** Adds a question; the first one becomes the question participants answer. */
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

    editQuestion(id: QuestionId, text: string): void {
      requireFacilitator(context);
      const cleaned = clean(text);
      runCommand(context, context.control, 'editQuestion', () => {
        find(id).set('text', cleaned);
      });
    },

    setActiveQuestion(id: QuestionId): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'setActiveQuestion', () => {
        find(id);
        controlLayout.session(context.control).set('activeQuestionId', id);
      });
    },
  };
}
