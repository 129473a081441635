import { SESSION_FEEDBACK } from '@peerloom/protocol';
import type * as Y from 'yjs';
import type { Language } from './limits.ts';

/**
 * Anonymous session feedback (step 6B) in `control`: one flat map the facilitator writes, so two facilitator
 * devices never overwrite each other's unrelated changes. Keys: `formId`, `open`, `shared` (read by the relay
 * too, names in `SESSION_FEEDBACK`), `rating/LANG` and `question/LANG` (the wording of the 1–5 rating and of
 * the open question; '' means the catalog's default), `hidden/ENTRY_ID` → when the facilitator hid that text.
 * The answers themselves are never here: the relay writes them into the `feedback` document.
 */
export const sessionFeedbackLayout = {
  form: (control: Y.Doc) => control.getMap<unknown>(SESSION_FEEDBACK.formMap),
  entries: (feedback: Y.Doc) => feedback.getMap<unknown>(SESSION_FEEDBACK.entriesMap),
};

export const ratingWordingKey = (language: Language) => `rating/${language}`;
export const questionWordingKey = (language: Language) => `question/${language}`;
export const HIDDEN_PREFIX = 'hidden/';
export const hiddenAnswerKey = (entryId: string) => `${HIDDEN_PREFIX}${entryId}`;
