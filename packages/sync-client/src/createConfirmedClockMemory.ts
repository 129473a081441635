import { get, set } from 'idb-keyval';
import type { ConfirmedClockMemory } from './trackDurability.ts';

const SAVE_EVERY_MS = 500;

/** Keeps the confirmed clocks of one document in IndexedDB, written at most twice a second. */
export function createConfirmedClockMemory(documentName: string): ConfirmedClockMemory {
  const key = `peerloom:confirmed:${documentName}`;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: ReadonlyMap<number, number> | null = null;
  const write = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (latest) await set(key, [...latest]).catch(() => {});
  };
  return {
    async load() {
      const stored = await get<[number, number][]>(key).catch(() => undefined);
      return new Map(Array.isArray(stored) ? stored : []);
    },
    save(confirmed) {
      latest = new Map(confirmed);
      timer ??= setTimeout(write, SAVE_EVERY_MS);
    },
    flush: write,
  };
}
