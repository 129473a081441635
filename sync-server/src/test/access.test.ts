import { afterEach, describe, expect, it } from 'vitest';
import { type RelayFixture, startRelay } from './relayFixture.ts';

describe('tokens and joins', () => {
  let fixture: RelayFixture;
  afterEach(() => fixture.cleanup());

  it('closes an expired token with 4401, and a rejoin with it gives the same participant a fresh token', async () => {
    let clock = Date.now();
    fixture = await startRelay({ now: () => clock, tokenTtlMs: 60_000 });
    const created = await fixture.post<{ sessionId: string; code: string }>('/api/sessions', { title: 'T' });
    const first = await fixture.post<{ token: string; participantId: string }>('/api/join', {
      code: created.body.code,
      name: 'Ada',
    });
    clock += 2 * 60_000;
    const stale = fixture.connect(`${created.body.sessionId}/room`, { token: first.body.token });
    expect((await stale.closed).code).toBe(4401);

    const renewed = await fixture.post<{ token: string; participantId: string; rejoined: boolean }>(
      '/api/join',
      {
        code: created.body.code,
        token: first.body.token,
      },
    );
    expect(renewed.body).toMatchObject({ participantId: first.body.participantId, rejoined: true });
    const fresh = fixture.connect(`${created.body.sessionId}/room`, { token: renewed.body.token });
    await fresh.synced;
  });

  it('slows, then refuses, a brute-force run of wrong codes from one address, even for a right code, so existence does not leak', async () => {
    fixture = await startRelay({
      joinLimits: { wrongCodesBeforeDelay: 3, wrongCodesBeforeRefusal: 8, delayStepMs: 40 },
    });
    const created = await fixture.post<{ code: string }>('/api/sessions', { title: 'T' });
    const statuses: number[] = [];
    const durations: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      const started = performance.now();
      statuses.push(
        (await fixture.post('/api/join', { code: `ZZZZ${attempt}${attempt}`.slice(0, 6), name: 'x' })).status,
      );
      durations.push(performance.now() - started);
    }
    expect(statuses.slice(0, 8).every((status) => status === 404 || status === 400)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
    expect(Math.max(...durations.slice(4, 8))).toBeGreaterThan(Math.max(...durations.slice(0, 3)) + 30);
    const refused = await fetch(`${fixture.relay.url}/api/join`, {
      method: 'POST',
      body: JSON.stringify({ code: created.body.code, name: 'Ada' }),
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).not.toBeNull();
  });
});
