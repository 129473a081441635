import 'fake-indexeddb/auto';
import { get } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createConfirmedClockMemory } from './createConfirmedClockMemory.ts';

describe('createConfirmedClockMemory', () => {
  it('writes the newest confirmed clocks once after a burst, and a new memory loads them', async () => {
    const memory = createConfirmedClockMemory('burst', 20);
    for (let clock = 1; clock <= 50; clock++) memory.save(new Map([[7, clock]]));
    expect(await get('peerloom:confirmed:burst')).toBeUndefined();
    await expect.poll(() => get('peerloom:confirmed:burst')).toEqual([[7, 50]]);
    expect(await createConfirmedClockMemory('burst').load()).toEqual(new Map([[7, 50]]));
  });

  it('flush writes what waits at once', async () => {
    const memory = createConfirmedClockMemory('flushed', 60_000);
    memory.save(new Map([[3, 9]]));
    await memory.flush();
    expect(await get('peerloom:confirmed:flushed')).toEqual([[3, 9]]);
  });
});
