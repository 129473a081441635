import type * as Y from 'yjs';
import { parseAnonymousAnswer } from '../records/parseAnonymousAnswer.ts';
import { sessionFeedbackLayout } from './sessionFeedbackLayout.ts';
import type { AnonymousAnswer } from './sessionFeedbackTypes.ts';

/**
 * Every answer the relay released into a `feedback` document, frozen, in batch order; within a batch, in the
 * relay's shuffled order (the order of its map entries, never of arrival).
 */
export function readAnonymousAnswers(feedback: Y.Doc): readonly AnonymousAnswer[] {
  const answers: AnonymousAnswer[] = [];
  for (const [id, value] of sessionFeedbackLayout.entries(feedback).entries()) {
    const answer = parseAnonymousAnswer(id, value);
    if (answer) answers.push(Object.freeze(answer));
  }
  // Stable sort: a batch keeps the relay's order.
  return Object.freeze(answers.sort((first, second) => first.batch - second.batch));
}
