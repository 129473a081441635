import { afterEach, describe, expect, it } from 'vitest';
import { type RelayFixture, startRelay } from './relayFixture.ts';

let fixture: RelayFixture;

afterEach(async () => {
  await fixture?.cleanup();
});

async function lookUp(code: string) {
  const response = await fetch(`${fixture.relay.url}/api/codes/${code}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /api/codes/CODE', () => {
  it('names the session a code opens, before anyone types a name, and tells wrong, ill-formed and ended codes apart', async () => {
    fixture = await startRelay();
    const created = await fixture.post<{ code: string; sessionId: string; facilitatorKey: string }>(
      '/api/sessions',
      { title: 'Design sprint', language: 'fr' },
    );
    const { code } = created.body;

    expect(await lookUp(code)).toEqual({
      status: 200,
      body: { code, title: 'Design sprint', language: 'fr' },
    });
    const spaced = encodeURIComponent(` ${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
    expect(await lookUp(spaced)).toMatchObject({ status: 200, body: { code } });
    expect(await lookUp('ZZZZZZ')).toMatchObject({ status: 404, body: { error: 'unknown_code' } });
    expect(await lookUp('O0I1L')).toMatchObject({ status: 400, body: { error: 'invalid_code' } });
    expect(await lookUp('%E0%A4%A')).toMatchObject({ status: 400, body: { error: 'invalid_code' } });
    expect((await lookUp(code)).body).not.toHaveProperty('sessionId');

    await fetch(`${fixture.relay.url}/api/sessions/${created.body.sessionId}/close`, {
      method: 'POST',
      headers: { 'x-facilitator-key': created.body.facilitatorKey },
    });
    expect(await lookUp(code)).toMatchObject({ status: 410, body: { error: 'session_closed' } });
  });

  it('is no brute-force oracle: wrong codes looked up count with wrong joins, and refuse both', async () => {
    fixture = await startRelay({
      joinLimits: { wrongCodesBeforeDelay: 3, wrongCodesBeforeRefusal: 8, delayStepMs: 10 },
    });
    const created = await fixture.post<{ code: string }>('/api/sessions', { title: 'T' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) statuses.push((await lookUp(`ZZZZZ${attempt + 2}`)).status);
    for (let attempt = 0; attempt < 2; attempt++) {
      statuses.push((await fixture.post('/api/join', { code: `YYYYY${attempt + 2}`, name: 'x' })).status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);

    const refusedLookup = await fetch(`${fixture.relay.url}/api/codes/${created.body.code}`);
    expect(refusedLookup.status).toBe(429);
    expect(refusedLookup.headers.get('retry-after')).not.toBeNull();
    expect((await fixture.post('/api/join', { code: created.body.code, name: 'Ada' })).status).toBe(429);
  });

  it('leaves the join budget whole: a venue behind one address looks the code up, then everyone joins', async () => {
    fixture = await startRelay({ joinLimits: { perAddressBurst: 20, perAddressPerSecond: 0.01 } });
    const created = await fixture.post<{ code: string }>('/api/sessions', { title: 'Venue' });
    const lookups = await Promise.all(Array.from({ length: 20 }, () => lookUp(created.body.code)));
    expect(lookups.every((lookup) => lookup.status === 200)).toBe(true);
    const joins = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        fixture.post('/api/join', { code: created.body.code, name: `P${index}` }),
      ),
    );
    expect(joins.map((joined) => joined.status)).toEqual(Array(20).fill(200));
    expect((await lookUp(created.body.code)).status).toBe(429);
  });
});
