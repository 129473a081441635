import { get, set } from 'idb-keyval';
import type { ConfirmedClockMemory } from './createDurabilityTracker.ts';

/** The relay confirms every keystroke: the newest confirmed clocks are written at most this often. */
const WRITE_DELAY_MS = 250;

/**
 * Keeps the confirmed clocks of one document in IndexedDB: one write in flight, the newest state next, written
 * `delayMs` after it changed (at once on `flush`). Losing the last few confirmations costs nothing but a
 * re-count: the device then believes a little more is unconfirmed than really is, until the relay's next answer.
 */
export function createConfirmedClockMemory(
  documentName: string,
  delayMs = WRITE_DELAY_MS,
): ConfirmedClockMemory {
  const key = `peerloom:confirmed:${documentName}`;
  let latest: [number, number][] | null = null;
  let writing: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const drain = async () => {
    while (latest) {
      const next = latest;
      latest = null;
      await set(key, next).catch(() => {});
    }
    writing = null;
  };
  const writeNow = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    writing ??= drain();
    return writing;
  };
  return {
    async load() {
      const stored = await get<[number, number][]>(key).catch(() => undefined);
      return new Map(Array.isArray(stored) ? stored : []);
    },
    save(confirmed) {
      latest = [...confirmed];
      if (writing === null) timer ??= setTimeout(writeNow, delayMs);
    },
    flush: writeNow,
  };
}
