import { FEEDBACK_LIMITS, SESSION_FEEDBACK } from '@peerloom/protocol';
import { nanoid } from 'nanoid';
import { CommandError } from '../schema/CommandError.ts';
import type { Language } from '../schema/limits.ts';
import {
  HIDDEN_PREFIX,
  hiddenAnswerKey,
  questionWordingKey,
  ratingWordingKey,
  sessionFeedbackLayout,
} from '../schema/sessionFeedbackLayout.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';

/** The wording of the form's two questions in one language; '' keeps the catalog's default. */
export interface FeedbackWording {
  rating: string;
  question: string;
}

/**
 * The facilitator's anonymous feedback form (step 6B): its wording in each language, open or closed, results
 * shared or not, texts hidden. Participants have no command here: they answer over HTTP (`POST /api/feedback`),
 * never in a document, so no Yjs item of theirs carries an answer.
 */
export function createSessionFeedbackCommands(context: CommandContext) {
  const form = () => sessionFeedbackLayout.form(context.control);
  const change = (command: string, write: () => void) => {
    requireFacilitator(context);
    runCommand(context, context.control, command, write);
  };

  return {
    /** Sets the wording of the rating and of the open question in `language`. */
    setFeedbackWording(language: Language, wording: FeedbackWording): void {
      const rating = cleanText(
        wording.rating,
        FEEDBACK_LIMITS.questionLength,
        'question_empty',
        'question_too_long',
        true,
      );
      const question = cleanText(
        wording.question,
        FEEDBACK_LIMITS.questionLength,
        'question_empty',
        'question_too_long',
        true,
      );
      change('setFeedbackWording', () => {
        form().set(ratingWordingKey(language), rating);
        form().set(questionWordingKey(language), question);
      });
    },

    /** Takes answers (the first time, this creates the form's id); returns the form id. */
    openFeedbackForm(): string {
      requireFacilitator(context);
      return runCommand(context, context.control, 'openFeedbackForm', () => {
        const existing = form().get(SESSION_FEEDBACK.formIdKey);
        const formId = typeof existing === 'string' && existing !== '' ? existing : nanoid(12);
        if (formId !== existing) form().set(SESSION_FEEDBACK.formIdKey, formId);
        form().set(SESSION_FEEDBACK.openKey, true);
        return formId;
      });
    },

    /** Takes no more answers; what is queued below the batch size stays unseen. */
    closeFeedbackForm(): void {
      change('closeFeedbackForm', () => form().set(SESSION_FEEDBACK.openKey, false));
    },

    /**
     * A new round (e.g. the next day): a new form id, so everyone may answer again; the wording stays, the
     * earlier form's answers are kept in the document but no longer counted, and results are not shared.
     */
    startNewFeedbackForm(): string {
      requireFacilitator(context);
      return runCommand(context, context.control, 'startNewFeedbackForm', () => {
        const formId = nanoid(12);
        form().set(SESSION_FEEDBACK.formIdKey, formId);
        form().set(SESSION_FEEDBACK.openKey, true);
        form().set(SESSION_FEEDBACK.sharedKey, false);
        for (const key of [...form().keys()]) if (key.startsWith(HIDDEN_PREFIX)) form().delete(key);
        return formId;
      });
    },

    /** Shows the results (histogram, texts not hidden) to participants, or stops showing them. */
    shareFeedbackResults(shared: boolean): void {
      change('shareFeedbackResults', () => form().set(SESSION_FEEDBACK.sharedKey, shared));
    },

    /** Hides an abusive text from the results (kept, marked, on the facilitator's screen). */
    hideFeedbackText(entryId: string): void {
      if (entryId === '' || entryId.length > 64) throw new CommandError('not_found');
      change('hideFeedbackText', () => form().set(hiddenAnswerKey(entryId), context.now()));
    },

    showFeedbackText(entryId: string): void {
      change('showFeedbackText', () => form().delete(hiddenAnswerKey(entryId)));
    },
  };
}
