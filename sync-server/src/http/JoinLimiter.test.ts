import { describe, expect, it } from 'vitest';
import { DEFAULT_JOIN_LIMITS, JoinLimiter } from './JoinLimiter.ts';

describe('JoinLimiter', () => {
  it('lets 300 people behind one venue address join within a minute', () => {
    let now = 0;
    const limiter = new JoinLimiter(DEFAULT_JOIN_LIMITS, () => now);
    let admitted = 0;
    for (let person = 0; person < 300; person++) {
      now = person * 150;
      if (limiter.check('10.0.0.1', 'ABCDEF').allowed) admitted++;
    }
    expect(now).toBeLessThan(60_000);
    expect(admitted).toBe(300);
  });

  it('slows, then refuses, an address that keeps trying wrong codes, and forgives it over time', () => {
    let now = 0;
    const limiter = new JoinLimiter(DEFAULT_JOIN_LIMITS, () => now);
    const delays: number[] = [];
    let refusedAt = -1;
    for (let attempt = 0; attempt < 300; attempt++) {
      const decision = limiter.check('203.0.113.9', `WRONG${attempt}`);
      if (!decision.allowed) {
        refusedAt = attempt;
        break;
      }
      delays.push(decision.delayMs);
      limiter.recordWrongCode('203.0.113.9');
      now += 10;
    }
    expect(delays.slice(0, DEFAULT_JOIN_LIMITS.wrongCodesBeforeDelay).every((delay) => delay === 0)).toBe(
      true,
    );
    expect(delays.at(-1)).toBeGreaterThan(0);
    expect(refusedAt).toBe(DEFAULT_JOIN_LIMITS.wrongCodesBeforeRefusal);
    expect(limiter.check('198.51.100.7', 'ABCDEF')).toEqual({ allowed: true, delayMs: 0 });
    now += 10 * 60_000;
    expect(limiter.check('203.0.113.9', 'ABCDEF')).toEqual({ allowed: true, delayMs: 0 });
  });
});
