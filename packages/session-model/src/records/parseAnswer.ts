import { LIMITS } from '../schema/limits.ts';
import { readField } from './readField.ts';

/** An answer as it may be trusted: what a peer wrote under its own key, with every field checked. */
export interface AnswerRecord {
  text: string;
  tags: readonly string[];
  createdAt: number;
  updatedAt: number;
  /** The version of the question's wording it answers (1: the first). */
  questionVersion: number;
}

/** The one parser of a `room` answer, for readers and commands alike; null when it is not one. */
export function parseAnswer(value: unknown): AnswerRecord | null {
  if (!readField.isPlainObject(value)) return null;
  const tags = Array.isArray(value.tags)
    ? value.tags
        .filter((tag): tag is string => typeof tag === 'string' && tag !== '')
        .slice(0, LIMITS.tagsPerAnswer)
        .map((tag) => readField.text(tag, LIMITS.tagLength))
    : [];
  const version = value.questionVersion;
  return {
    text: readField.text(value.text, LIMITS.answerLength),
    tags: Object.freeze(tags),
    createdAt: readField.time(value.createdAt),
    updatedAt: readField.time(value.updatedAt),
    questionVersion:
      typeof version === 'number' && Number.isFinite(version) && version >= 1 ? Math.floor(version) : 1,
  };
}
