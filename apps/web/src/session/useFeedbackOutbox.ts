import { createStore, get, set } from 'idb-keyval';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { postFeedback } from '../api/feedbackApi.ts';
import {
  createFeedbackOutbox,
  type FeedbackOutbox,
  type OutboxEntry,
  type OutboxState,
} from './createFeedbackOutbox.ts';

const outboxStore = createStore('peerloom-feedback', 'outbox');
const loading: OutboxState = Object.freeze({ kind: 'loading' });
const noop = () => () => {};

const onOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  return () => window.removeEventListener('online', listener);
};

/**
 * This device's anonymous answer to one form: kept in IndexedDB until the relay has it, sent with the device's
 * current token (a silent rejoin may renew it while the answer waits), and what became of it.
 */
export function useFeedbackOutbox(sessionId: string, formId: string | null, token: string) {
  const latestToken = useRef(token);
  latestToken.current = token;
  const [outbox, setOutbox] = useState<FeedbackOutbox | null>(null);

  useEffect(() => {
    if (!formId) return;
    const key = `${sessionId}:${formId}`;
    const created = createFeedbackOutbox({
      formId,
      load: () => get<OutboxEntry>(key, outboxStore),
      save: (entry) => set(key, entry, outboxStore),
      post: (answer) => postFeedback({ token: latestToken.current, ...answer }),
      onOnline,
    });
    setOutbox(created);
    return () => {
      setOutbox(null);
      created.destroy();
    };
  }, [sessionId, formId]);

  const state = useSyncExternalStore(outbox?.subscribe ?? noop, outbox?.getState ?? (() => loading));
  return { state, submit: outbox?.submit ?? (async () => {}) };
}
