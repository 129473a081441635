/** Bounds on what a person can type; the UI shows them and the commands enforce them. */
export const LIMITS = {
  titleLength: 120,
  nameLength: 60,
  questionLength: 300,
  answerLength: 500,
  tagLength: 30,
  tagsPerAnswer: 5,
  warmupTitleLength: 120,
  warmupNoteLength: 1000,
  urlLength: 2000,
} as const;

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
