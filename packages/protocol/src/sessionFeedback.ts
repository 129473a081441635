/**
 * The contract of anonymous session feedback (step 6B) between the model, the app and the relay. The form lives
 * in `control` under `SESSION_FEEDBACK.formMap` (flat keys, written by the facilitator); the relay reads
 * `formId`, `open` and `shared` there. Answers reach the relay by `POST /api/feedback` and the relay alone
 * writes them into the `feedback` document, under `SESSION_FEEDBACK.entriesMap`, in shuffled batches.
 */
export const SESSION_FEEDBACK = {
  /** The control document's root map holding the form. */
  formMap: 'sessionFeedback',
  /** The id of the current form: a new id opens a new round of answers (one per participant and form). */
  formIdKey: 'formId',
  /** true while the form takes answers. */
  openKey: 'open',
  /** true once the facilitator shares the results: participants may then open the `feedback` document. */
  sharedKey: 'shared',
  /** The feedback document's root map: random entry id → `StoredFeedbackEntry`. */
  entriesMap: 'entries',
  /** Fewest answers the relay releases at once, and so fewest anyone ever sees. */
  minimumBatch: 3,
  ratingMin: 1,
  ratingMax: 5,
} as const;

/** One released answer as the relay stores it: no participant, no device, no time, only its batch. */
export interface StoredFeedbackEntry {
  formId: string;
  /** 1, 2, 3… in the order batches were released for this form. */
  batch: number;
  /** 1–5, or null when the person left the rating out. */
  rating: number | null;
  /** The open answer, trimmed; '' when left out. */
  text: string;
}

/** `POST /api/feedback` body. */
export interface FeedbackSubmission {
  /** The participant token of `POST /api/join`: proves membership, never stored with the answer. */
  token: string;
  formId: string;
  rating: number | null;
  text: string;
}

/** `POST /api/feedback` reply (200): the answer is queued, to be shown once at least `minimumBatch` are in. */
export interface FeedbackReceipt {
  accepted: true;
}

/** The `error` codes of a refused `POST /api/feedback` (with a `message` in English). */
export type FeedbackErrorCode =
  | 'bad_token'
  | 'unknown_session'
  | 'unknown_form'
  | 'form_closed'
  | 'already_sent'
  | 'invalid_rating'
  | 'empty_answer'
  | 'text_too_long'
  | 'invalid_json'
  | 'body_too_large'
  | 'method_not_allowed'
  | 'busy';
