import type { Language } from './limits.ts';

/** The facilitator's anonymous feedback form, as every device reads it from `control`. */
export interface SessionFeedbackForm {
  /** null until the facilitator opens a form for the first time. */
  formId: string | null;
  /** Answers are taken (the relay checks it too). */
  open: boolean;
  /** Participants see the results (and may open the `feedback` document). */
  shared: boolean;
  /** The rating question's wording per language; '' means the catalog's default. */
  ratingQuestion: Readonly<Record<Language, string>>;
  /** The open question's wording per language; '' means the catalog's default. */
  openQuestion: Readonly<Record<Language, string>>;
  /** Entry ids of the texts the facilitator hid. */
  hidden: ReadonlySet<string>;
}

/** One released answer: no author, no time; `batch` says which release it came in. */
export interface AnonymousAnswer {
  id: string;
  formId: string;
  batch: number;
  /** 1–5, or null when left out. */
  rating: number | null;
  /** '' when left out. */
  text: string;
}

/** What the facilitator (and participants, once shared) see of the current form's released answers. */
export interface SessionFeedbackResults {
  /** Released answers of the current form, shuffled by the relay, in batch order. */
  answers: readonly AnonymousAnswer[];
  /** Number of ratings for 1, 2, 3, 4 and 5 (index 0 is a rating of 1). */
  histogram: readonly [number, number, number, number, number];
  /** Mean of the ratings, or null without any. */
  average: number | null;
  /** Non-empty texts the facilitator did not hide. */
  texts: readonly AnonymousAnswer[];
  /** Non-empty texts the facilitator hid (shown to the facilitator only, marked). */
  hiddenTexts: readonly AnonymousAnswer[];
  /** Batches released so far. */
  batches: number;
}
