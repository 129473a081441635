import { ApiError } from '../api/relayApi.ts';

/** An answer as the device keeps it until the relay has it; once sent, only that it was sent is kept. */
export interface OutboxEntry {
  state: 'waiting' | 'sent' | 'refused';
  rating: number | null;
  text: string;
  /** The relay's refusal code, when `refused`. */
  code?: string;
}

export type OutboxState =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'waiting'; attempts: number; rating: number | null; text: string }
  | { kind: 'sent' }
  | { kind: 'refused'; code: string; rating: number | null; text: string };

export interface OutboxOptions {
  formId: string;
  load: () => Promise<OutboxEntry | undefined>;
  save: (entry: OutboxEntry) => Promise<void>;
  /** Sends the answer with the device's current token; rejects with an ApiError. */
  post: (answer: { formId: string; rating: number | null; text: string }) => Promise<unknown>;
  /** Runs `retry` after `ms`; returns a cancel function. */
  schedule?: (retry: () => void, ms: number) => () => void;
  /** Calls `listener` when the device comes back online; returns the unsubscribe function. */
  onOnline?: (listener: () => void) => () => void;
  random?: () => number;
}

const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 30_000;

/** Network failures, a busy or restarting relay and an expired token (renewed by a silent rejoin) are worth a retry. */
const worthRetrying = (error: unknown) =>
  !(error instanceof ApiError) ||
  error.status === 0 ||
  error.status === 401 ||
  error.status === 429 ||
  error.status >= 500;

/**
 * One anonymous answer on its way from this device to the relay: kept on the device (IndexedDB in the app) while
 * it waits, sent at once and again with a growing, jittered delay and whenever the device comes online, until the
 * relay takes it or refuses it for good (closed or replaced form). Already answered counts as sent.
 */
export function createFeedbackOutbox(options: OutboxOptions) {
  const schedule =
    options.schedule ??
    ((retry, ms) => {
      const timer = setTimeout(retry, ms);
      return () => clearTimeout(timer);
    });
  const random = options.random ?? Math.random;
  const listeners = new Set<() => void>();
  let state: OutboxState = { kind: 'loading' };
  let cancelRetry: (() => void) | null = null;
  let sending = false;
  let destroyed = false;

  const set = (next: OutboxState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const attempt = async () => {
    if (destroyed || sending || state.kind !== 'waiting') return;
    cancelRetry?.();
    cancelRetry = null;
    sending = true;
    const { rating, text, attempts } = state;
    try {
      await options.post({ formId: options.formId, rating, text });
      await finish({ state: 'sent', rating: null, text: '' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'already_sent') {
        await finish({ state: 'sent', rating: null, text: '' });
      } else if (worthRetrying(error)) {
        if (destroyed) return;
        set({ kind: 'waiting', attempts: attempts + 1, rating, text });
        const delay = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** attempts) * (0.5 + random() / 2);
        cancelRetry = schedule(() => void attempt(), delay);
      } else {
        const code = error instanceof ApiError ? error.code : 'generic';
        await finish({ state: 'refused', rating, text, code });
      }
    } finally {
      sending = false;
    }
  };

  const finish = async (entry: OutboxEntry) => {
    await options.save(entry);
    if (destroyed) return;
    set(
      entry.state === 'sent'
        ? { kind: 'sent' }
        : { kind: 'refused', code: entry.code ?? 'generic', rating: entry.rating, text: entry.text },
    );
  };

  const offOnline = options.onOnline?.(() => void attempt()) ?? (() => {});
  const ready = options.load().then((entry) => {
    if (destroyed) return;
    if (!entry) return set({ kind: 'empty' });
    if (entry.state === 'sent') return set({ kind: 'sent' });
    if (entry.state === 'refused') {
      return set({ kind: 'refused', code: entry.code ?? 'generic', rating: entry.rating, text: entry.text });
    }
    set({ kind: 'waiting', attempts: 0, rating: entry.rating, text: entry.text });
    void attempt();
  });

  return {
    /** Resolves once the device's stored entry is read (and a waiting answer's first try started). */
    ready,
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Keeps the answer on the device, then sends it. */
    async submit(answer: { rating: number | null; text: string }) {
      if (state.kind === 'sent' || state.kind === 'waiting') return;
      await options.save({ state: 'waiting', ...answer });
      set({ kind: 'waiting', attempts: 0, ...answer });
      await attempt();
    },
    destroy() {
      destroyed = true;
      cancelRetry?.();
      offOnline();
      listeners.clear();
    },
  };
}

export type FeedbackOutbox = ReturnType<typeof createFeedbackOutbox>;
