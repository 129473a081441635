import { get, set } from 'idb-keyval';
import type { ConfirmedClockMemory } from './createDurabilityTracker.ts';

/** Keeps the confirmed clocks of one document in IndexedDB: one write in flight, the newest state next. */
export function createConfirmedClockMemory(documentName: string): ConfirmedClockMemory {
  const key = `peerloom:confirmed:${documentName}`;
  let latest: [number, number][] | null = null;
  let writing: Promise<void> | null = null;
  const drain = async () => {
    while (latest) {
      const next = latest;
      latest = null;
      await set(key, next).catch(() => {});
    }
    writing = null;
  };
  return {
    async load() {
      const stored = await get<[number, number][]>(key).catch(() => undefined);
      return new Map(Array.isArray(stored) ? stored : []);
    },
    save(confirmed) {
      latest = [...confirmed];
      writing ??= drain();
    },
    flush: () => writing ?? Promise.resolve(),
  };
}
