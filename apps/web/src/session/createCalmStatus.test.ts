import type { DocumentStatus } from '@peerloom/sync-client';
import { describe, expect, it } from 'vitest';
import { type CalmStatus, createCalmStatus } from './createCalmStatus.ts';

function fakeDocument(initial: Partial<DocumentStatus> = {}) {
  let status: DocumentStatus = {
    connection: 'online',
    synced: true,
    loadedLocally: true,
    pending: 0,
    refusal: null,
    ...initial,
  };
  const listeners = new Set<() => void>();
  return {
    getStatus: () => status,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(patch: Partial<DocumentStatus>) {
      status = { ...status, ...patch };
      for (const listener of listeners) listener();
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createCalmStatus', () => {
  it('shows "saving" at the first keystroke and "saved" once nothing waited for a while, not twice per keystroke', async () => {
    const document = fakeDocument();
    const calm = createCalmStatus(document, { settleMs: 60, countEveryMs: 1_000 });
    const seen: CalmStatus[] = [];
    const stop = calm.subscribe(() => seen.push(calm.getSnapshot()));
    expect(calm.getSnapshot().state).toBe('saved');
    // Forty keystrokes, each confirmed by the relay a moment later.
    for (let key = 0; key < 40; key++) {
      document.set({ pending: 1 });
      expect(calm.getSnapshot().state).toBe('saving');
      document.set({ pending: 0 });
      expect(calm.getSnapshot().state).toBe('saving');
    }
    expect(seen.map((status) => status.state)).toEqual(['saving']);
    await expect.poll(() => calm.getSnapshot().state).toBe('saved');
    expect(seen.map((status) => status.state)).toEqual(['saving', 'saved']);
    stop();
  });

  it('never says "saved" while a change waits, however long', async () => {
    const document = fakeDocument();
    const calm = createCalmStatus(document, { settleMs: 20, countEveryMs: 20 });
    const stop = calm.subscribe(() => {});
    document.set({ pending: 3 });
    await pause(80);
    expect(calm.getSnapshot()).toEqual({ state: 'saving', pending: 3 });
    stop();
  });

  it('offline, shows at once and counts the changes kept on the device at most once per interval', async () => {
    const document = fakeDocument();
    const calm = createCalmStatus(document, { settleMs: 20, countEveryMs: 50 });
    const seen: CalmStatus[] = [];
    const stop = calm.subscribe(() => seen.push(calm.getSnapshot()));
    document.set({ connection: 'offline', synced: false });
    expect(calm.getSnapshot()).toEqual({ state: 'offline', pending: 0 });
    for (let pending = 1; pending <= 10; pending++) document.set({ pending });
    expect(calm.getSnapshot().pending).toBe(0);
    await expect.poll(() => calm.getSnapshot().pending).toBe(10);
    expect(seen).toEqual([
      { state: 'offline', pending: 0 },
      { state: 'offline', pending: 10 },
    ]);
    document.set({ connection: 'online' });
    expect(calm.getSnapshot().state).toBe('connecting');
    document.set({ synced: true });
    expect(calm.getSnapshot()).toEqual({ state: 'saving', pending: 10 });
    document.set({ pending: 0 });
    await expect.poll(() => calm.getSnapshot().state).toBe('saved');
    stop();
  });

  it('a refused connection shows at once, even while "saving" settles', () => {
    const document = fakeDocument({ pending: 2 });
    const calm = createCalmStatus(document, { settleMs: 10_000 });
    const stop = calm.subscribe(() => {});
    expect(calm.getSnapshot().state).toBe('saving');
    document.set({ pending: 0 });
    document.set({ connection: 'refused', synced: false, refusal: { code: 4403, reason: 'forbidden' } });
    expect(calm.getSnapshot().state).toBe('refused');
    stop();
  });
});
