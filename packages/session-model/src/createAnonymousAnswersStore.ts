import type * as Y from 'yjs';
import { readAnonymousAnswers } from './schema/readAnonymousAnswers.ts';
import type { AnonymousAnswer } from './schema/sessionFeedbackTypes.ts';

/** The released anonymous answers of one open `feedback` document, for `useSyncExternalStore`. */
export interface AnonymousAnswersStore {
  /** The same frozen array until the document changes. */
  getAnswers(): readonly AnonymousAnswer[];
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/** Reads a `feedback` document (written by the relay alone) as it syncs; devices never write it. */
export function createAnonymousAnswersStore(feedback: Y.Doc): AnonymousAnswersStore {
  let answers = readAnonymousAnswers(feedback);
  const listeners = new Set<() => void>();
  const onUpdate = () => {
    answers = readAnonymousAnswers(feedback);
    for (const listener of listeners) listener();
  };
  feedback.on('update', onUpdate);
  return {
    getAnswers: () => answers,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      feedback.off('update', onUpdate);
      listeners.clear();
    },
  };
}
