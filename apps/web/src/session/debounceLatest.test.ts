import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounceLatest } from './debounceLatest.ts';

describe('debounceLatest', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs only the last of calls made within the delay', async () => {
    const run = vi.fn(async (input: number) => input * 10);
    const delivered: number[] = [];
    const runner = debounceLatest(run, 100, (output) => delivered.push(output));
    runner.schedule(1);
    await vi.advanceTimersByTimeAsync(60);
    runner.schedule(2);
    runner.schedule(3);
    await vi.advanceTimersByTimeAsync(99);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run.mock.calls).toEqual([[3]]);
    expect(delivered).toEqual([30]);
  });

  it('drops a slow result once a newer call is scheduled, and anything after cancel', async () => {
    const pending: ((value: string) => void)[] = [];
    const run = (_input: string) => new Promise<string>((resolve) => pending.push(resolve));
    const delivered: string[] = [];
    const runner = debounceLatest(run, 10, (output) => delivered.push(output));
    runner.schedule('old');
    await vi.advanceTimersByTimeAsync(10);
    runner.schedule('new');
    await vi.advanceTimersByTimeAsync(10);
    pending[1]?.('new report');
    pending[0]?.('old report');
    await vi.advanceTimersByTimeAsync(0);
    expect(delivered).toEqual(['new report']);
    runner.schedule('later');
    await vi.advanceTimersByTimeAsync(10);
    runner.cancel();
    pending[2]?.('cancelled report');
    await vi.advanceTimersByTimeAsync(0);
    expect(delivered).toEqual(['new report']);
  });
});
