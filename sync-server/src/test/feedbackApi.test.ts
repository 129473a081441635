import { CloseCode, CONTROL_MAPS, FEEDBACK_LIMITS, SESSION_FEEDBACK } from '@peerloom/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FeedbackSession, startFeedbackSession } from './feedbackFixture.ts';
import { waitForDoc } from './relayFixture.ts';

describe('POST /api/feedback', () => {
  let session: FeedbackSession;

  beforeEach(async () => {
    session = await startFeedbackSession();
  });
  afterEach(() => session.fixture.cleanup());

  const errorOf = async (body: Record<string, unknown>) => {
    const reply = await session.submit(body);
    expect(typeof reply.body.message).toBe('string');
    return { status: reply.status, error: reply.body.error };
  };

  it('refuses wrong tokens, malformed and oversized answers with a clear 4xx, and a second answer to a form', async () => {
    const { token } = await session.join('Ada');
    const answer = { token, formId: 'f1', rating: 4, text: 'Clear and useful' };
    expect(await errorOf({ ...answer, token: 'not.a-token' })).toEqual({ status: 401, error: 'bad_token' });
    expect(await errorOf({ ...answer, token: undefined })).toEqual({ status: 401, error: 'bad_token' });
    expect(await errorOf({ ...answer, token: session.viewerToken })).toEqual({
      status: 401,
      error: 'bad_token',
    });
    expect(await errorOf({ ...answer, rating: 6 })).toEqual({ status: 400, error: 'invalid_rating' });
    expect(await errorOf({ ...answer, rating: 2.5 })).toEqual({ status: 400, error: 'invalid_rating' });
    expect(await errorOf({ ...answer, rating: '4' })).toEqual({ status: 400, error: 'invalid_rating' });
    expect(await errorOf({ ...answer, rating: null, text: '   ' })).toEqual({
      status: 400,
      error: 'empty_answer',
    });
    expect(await errorOf({ ...answer, text: 42 })).toEqual({ status: 400, error: 'empty_answer' });
    expect(await errorOf({ ...answer, text: 'é'.repeat(FEEDBACK_LIMITS.textLength + 1) })).toEqual({
      status: 413,
      error: 'text_too_long',
    });
    expect(await errorOf({ ...answer, text: 'x'.repeat(9000) })).toEqual({
      status: 413,
      error: 'body_too_large',
    });
    expect(await errorOf({ ...answer, formId: 'f0' })).toEqual({ status: 409, error: 'unknown_form' });
    const notJson = await fetch(`${session.fixture.relay.url}/api/feedback`, {
      method: 'POST',
      body: '{rating',
    });
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toBe('invalid_json');
    const get = await fetch(`${session.fixture.relay.url}/api/feedback`);
    expect(get.status).toBe(405);

    // The longest answer fits; a second one from the same person to the same form does not.
    const longest = { ...answer, text: 'é'.repeat(FEEDBACK_LIMITS.textLength) };
    expect((await session.submit(longest)).status).toBe(200);
    expect(await errorOf({ ...answer, rating: 1 })).toEqual({ status: 409, error: 'already_sent' });
    // A new form takes a new answer from the same person; a closed one takes none.
    await session.setForm({ [SESSION_FEEDBACK.formIdKey]: 'f2' });
    expect(await errorOf(answer)).toEqual({ status: 409, error: 'unknown_form' });
    expect((await session.submit({ ...answer, formId: 'f2' })).status).toBe(200);
    await session.setForm({ [SESSION_FEEDBACK.openKey]: false });
    const { token: other } = await session.join('Bo');
    expect(await errorOf({ ...answer, token: other, formId: 'f2' })).toEqual({
      status: 409,
      error: 'form_closed',
    });
  });

  it('refuses a participant the facilitator removed, with a clear 403, and still takes the others', async () => {
    const ada = await session.join('Ada');
    const bo = await session.join('Bo');
    const admin = session.control.doc.getMap<unknown>(CONTROL_MAPS.participantAdmin);
    admin.set(ada.participantId, { removedAt: Date.now() });
    const relayControl = session.fixture.relay.rooms
      .loadedDocuments(session.sessionId)
      .get(`${session.sessionId}/control`);
    if (!relayControl) throw new Error('control not loaded on the relay');
    await waitForDoc(relayControl, () =>
      relayControl.getMap(CONTROL_MAPS.participantAdmin).has(ada.participantId),
    );
    expect(await errorOf({ token: ada.token, formId: 'f1', rating: 4, text: '' })).toEqual({
      status: 403,
      error: 'removed',
    });
    expect((await session.submit({ token: bo.token, formId: 'f1', rating: 4, text: '' })).status).toBe(200);
  });

  it('serves the feedback document read-only: the facilitator always, participants once shared, viewers never', async () => {
    const { fixture, sessionId } = session;
    const people = await Promise.all(['Ada', 'Bo', 'Cy'].map((name) => session.join(name)));
    for (const person of people) {
      expect((await session.submit({ token: person.token, formId: 'f1', rating: 3, text: '' })).status).toBe(
        200,
      );
    }
    const early = fixture.connect(`${sessionId}/feedback`, { token: people[0]?.token ?? '' });
    expect((await early.closed).code).toBe(CloseCode.forbidden);
    const viewer = fixture.connect(`${sessionId}/feedback`, { token: session.viewerToken });
    expect((await viewer.closed).code).toBe(CloseCode.forbidden);

    await session.setForm({ [SESSION_FEEDBACK.sharedKey]: true });
    const reader = fixture.connect(`${sessionId}/feedback`, { token: people[1]?.token ?? '' });
    await reader.synced;
    const entries = reader.doc.getMap(SESSION_FEEDBACK.entriesMap);
    await waitForDoc(reader.doc, () => entries.size === 3);
    expect([...entries.values()].map((entry) => (entry as { rating: number }).rating)).toEqual([3, 3, 3]);
    const viewerAfter = fixture.connect(`${sessionId}/feedback`, { token: session.viewerToken });
    expect((await viewerAfter.closed).code).toBe(CloseCode.forbidden);
    // Sharing withdrawn: the participant reading it is closed with 4403, and cannot open it again.
    await session.setForm({ [SESSION_FEEDBACK.sharedKey]: false });
    expect((await reader.closed).code).toBe(CloseCode.forbidden);
    const late = fixture.connect(`${sessionId}/feedback`, { token: people[2]?.token ?? '' });
    expect((await late.closed).code).toBe(CloseCode.forbidden);
    // Nobody writes it, not even the facilitator: the write closes that socket with 4403.
    const facilitator = fixture.connect(`${sessionId}/feedback`, { key: session.facilitatorKey });
    await facilitator.synced;
    facilitator.doc
      .getMap(SESSION_FEEDBACK.entriesMap)
      .set('forged', { formId: 'f1', batch: 9, rating: 1, text: 'x' });
    expect((await facilitator.closed).code).toBe(CloseCode.forbidden);
  });

  it('keeps queued answers through a relay restart and releases them with the answer that makes 3', async () => {
    const { fixture, sessionId } = session;
    const people = await Promise.all(['Ada', 'Bo', 'Cy'].map((name) => session.join(name)));
    for (const person of people.slice(0, 2)) {
      expect(
        (await session.submit({ token: person.token, formId: 'f1', rating: 2, text: 'kept' })).status,
      ).toBe(200);
    }
    await fixture.restart();
    // The answers already taken stay taken: a second one from the same person is refused after the restart too.
    const again = await session.submit({ token: people[0]?.token, formId: 'f1', rating: 5, text: '' });
    expect(again.body.error).toBe('already_sent');
    expect(
      (await session.submit({ token: people[2]?.token, formId: 'f1', rating: 4, text: '' })).status,
    ).toBe(200);
    const facilitator = fixture.connect(`${sessionId}/feedback`, { key: session.facilitatorKey });
    await facilitator.synced;
    const entries = facilitator.doc.getMap(SESSION_FEEDBACK.entriesMap);
    await waitForDoc(facilitator.doc, () => entries.size === 3);
    expect([...entries.values()].map((entry) => (entry as { rating: number }).rating).sort()).toEqual([
      2, 2, 4,
    ]);
  });
});
