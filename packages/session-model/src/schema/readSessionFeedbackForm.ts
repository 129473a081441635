import { FEEDBACK_LIMITS, SESSION_FEEDBACK } from '@peerloom/protocol';
import type * as Y from 'yjs';
import { readField } from '../records/readField.ts';
import { LANGUAGES, type Language } from './limits.ts';
import {
  HIDDEN_PREFIX,
  questionWordingKey,
  ratingWordingKey,
  sessionFeedbackLayout,
} from './sessionFeedbackLayout.ts';
import type { SessionFeedbackForm } from './sessionFeedbackTypes.ts';

const wordings = (form: Y.Map<unknown>, key: (language: Language) => string) =>
  Object.freeze(
    Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        readField.text(form.get(key(language)), FEEDBACK_LIMITS.questionLength),
      ]),
    ) as Record<Language, string>,
  );

/** The anonymous feedback form as `control` holds it now, frozen; a fresh session has none open. */
export function readSessionFeedbackForm(control: Y.Doc): SessionFeedbackForm {
  const form = sessionFeedbackLayout.form(control);
  const formId = form.get(SESSION_FEEDBACK.formIdKey);
  const hidden = new Set<string>();
  for (const key of form.keys())
    if (key.startsWith(HIDDEN_PREFIX)) hidden.add(key.slice(HIDDEN_PREFIX.length));
  return Object.freeze({
    formId: typeof formId === 'string' && formId.length > 0 ? formId : null,
    open: form.get(SESSION_FEEDBACK.openKey) === true,
    shared: form.get(SESSION_FEEDBACK.sharedKey) === true,
    ratingQuestion: wordings(form, ratingWordingKey),
    openQuestion: wordings(form, questionWordingKey),
    hidden,
  });
}
