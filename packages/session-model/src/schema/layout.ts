import * as Y from 'yjs';

/** Names of the root types in each document; the one place that knows the stored shape. */
export const controlLayout = {
  session: (doc: Y.Doc) => doc.getMap<unknown>('session'),
  warmup: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('warmup'),
  questions: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('questions'),
};

export const roomLayout = {
  meta: (doc: Y.Doc) => doc.getMap<unknown>('meta'),
  roster: (doc: Y.Doc) => doc.getMap<StoredRosterEntry>('roster'),
  /** Keyed `questionId/participantId`: flat, so two first answers never race to create a nested map. */
  answers: (doc: Y.Doc) => doc.getMap<StoredAnswer>('answers'),
};

export interface StoredRosterEntry {
  name: string;
  joinedAt: number;
}

export interface StoredAnswer {
  text: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

export const answerKey = (questionId: string, participantId: string) => `${questionId}/${participantId}`;

export function parseAnswerKey(key: string): { questionId: string; participantId: string } | null {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) return null;
  return { questionId: key.slice(0, slash), participantId: key.slice(slash + 1) };
}

export const createYMap = (entries: Record<string, unknown>) => new Y.Map<unknown>(Object.entries(entries));
