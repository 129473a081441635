import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './formatRelativeTime.ts';

const now = Date.UTC(2026, 11, 2, 12, 0, 0);

describe('formatRelativeTime', () => {
  it('says how long ago in the reader’s language, then the date past a week', () => {
    expect(formatRelativeTime(now - 5_000, now, 'en')).toBe('now');
    expect(formatRelativeTime(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(now - 3 * 3_600_000, now, 'fr')).toBe('il y a 3 heures');
    expect(formatRelativeTime(now - 86_400_000, now, 'en')).toBe('yesterday');
    expect(formatRelativeTime(now - 30 * 86_400_000, now, 'en')).toBe('Nov 2, 2026');
  });

  it('treats a time slightly in the future (another device’s clock) as now', () => {
    expect(formatRelativeTime(now + 2_000, now, 'en')).toBe('now');
  });
});
