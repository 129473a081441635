import { describe, expect, it } from 'vitest';
import { subscribeAfterPaint } from './subscribeAfterPaint.ts';

/** A minimal external store: a value and its listeners, as sync-client's documents have. */
function counterStore() {
  const listeners = new Set<() => void>();
  let value = 0;
  return {
    get: () => value,
    bump() {
      value++;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

describe('subscribeAfterPaint', () => {
  it('tells a burst of changes once, later, with the latest value readable', async () => {
    const store = counterStore();
    const seen: number[] = [];
    let told!: () => void;
    const first = new Promise<void>((resolve) => {
      told = resolve;
    });
    subscribeAfterPaint(
      store.subscribe,
      10,
    )(() => {
      seen.push(store.get());
      told();
    });
    for (let index = 0; index < 5; index++) store.bump();
    expect(seen).toEqual([]);
    await first;
    expect(seen).toEqual([5]);
    const second = new Promise<void>((resolve) => {
      told = resolve;
    });
    store.bump();
    await second;
    expect(seen).toEqual([5, 6]);
  });

  it('tells nothing once unsubscribed, even a change already waiting', async () => {
    const store = counterStore();
    let calls = 0;
    const stop = subscribeAfterPaint(store.subscribe, 10)(() => calls++);
    store.bump();
    stop();
    // A second subscriber on the same store shows when the first one would have been told.
    await new Promise<void>((resolve) => {
      const off = subscribeAfterPaint(
        store.subscribe,
        10,
      )(() => {
        off();
        resolve();
      });
      store.bump();
    });
    expect(calls).toBe(0);
  });
});
