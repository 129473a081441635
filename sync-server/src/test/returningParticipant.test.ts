import { afterEach, describe, expect, it } from 'vitest';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The session page keeps working after the session: a participant who opens it a week later from the same
 * device (its stored token long expired) is the same person, and can still comment. With the relay's defaults:
 * tokens last 12 hours, and a device's own token proves who it is for 7 days after that.
 */
describe('a participant coming back after the session', () => {
  let fixture: RelayFixture;
  afterEach(() => fixture.cleanup());

  it('a week later, the device’s old token brings back the same participant id, who can comment again', async () => {
    let clock = Date.now();
    fixture = await startRelay({ now: () => clock });
    const created = await fixture.post<{ sessionId: string; code: string; facilitatorKey: string }>(
      '/api/sessions',
      { title: 'T' },
    );
    const { sessionId, code } = created.body;
    const joined = await fixture.post<{ token: string; participantId: string }>('/api/join', {
      code,
      name: 'Ada',
    });
    const { participantId } = joined.body;

    clock += 7 * DAY;
    const stale = fixture.connect(`${sessionId}/room`, { token: joined.body.token });
    expect((await stale.closed).code).toBe(4401);
    const renewed = await fixture.post<{ token: string; participantId: string; rejoined: boolean }>(
      '/api/join',
      { code, token: joined.body.token },
    );
    expect(renewed.body).toMatchObject({ participantId, rejoined: true });

    const ada = fixture.connect(`${sessionId}/room`, { token: renewed.body.token });
    const reader = fixture.connect(`${sessionId}/room`, { key: created.body.facilitatorKey });
    await Promise.all([ada.synced, reader.synced]);
    ada.doc
      .getMap('comments')
      .set(`${participantId}/c1`, { productionId: 'p', text: 'Still thinking about it' });
    await waitForDoc(reader.doc, () => reader.doc.getMap('comments').has(`${participantId}/c1`));
  });

  it('past the grace period the old token no longer proves who it is: joining again asks for a name', async () => {
    let clock = Date.now();
    fixture = await startRelay({ now: () => clock });
    const { code } = (await fixture.post<{ code: string }>('/api/sessions', { title: 'T' })).body;
    const joined = await fixture.post<{ token: string }>('/api/join', { code, name: 'Ada' });
    clock += 12 * HOUR + 7 * DAY + 1;
    const late = await fixture.post<{ error: string }>('/api/join', { code, token: joined.body.token });
    expect(late).toMatchObject({ status: 400, body: { error: 'name_required' } });
  });
});
