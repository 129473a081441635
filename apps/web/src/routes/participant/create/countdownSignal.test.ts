import { describe, expect, it } from 'vitest';
import { countdownSignal } from './countdownSignal.ts';

describe('countdownSignal', () => {
  it('signals once when the last minute starts and once at zero', () => {
    expect(countdownSignal(61_000, 60_000)).toBe('minute');
    expect(countdownSignal(60_500, 59_500)).toBe('minute');
    expect(countdownSignal(59_500, 59_000)).toBeNull();
    expect(countdownSignal(500, 0)).toBe('zero');
    expect(countdownSignal(0, 0)).toBeNull();
  });

  it('says nothing when a screen opens late, when time is added, or when no timer runs', () => {
    expect(countdownSignal(null, 30_000)).toBeNull();
    expect(countdownSignal(30_000, 120_000)).toBeNull();
    expect(countdownSignal(30_000, null)).toBeNull();
  });

  it('jumps straight to zero when a phone wakes up after the end', () => {
    expect(countdownSignal(120_000, 0)).toBe('zero');
  });
});
