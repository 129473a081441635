import { CloseCode, SESSION_FEEDBACK } from '@peerloom/protocol';
import {
  openSessionFeedbackCommands,
  readAnonymousAnswers,
  readSessionFeedbackForm,
  selectSessionFeedbackResults,
} from '@peerloom/session-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type FeedbackSession, startFeedbackSession } from './feedbackFixture.ts';
import { waitForDoc } from './relayFixture.ts';

/** The form the model's commands write is the one the relay reads: its id, open or closed, shared or not. */
describe('session-model feedback commands against the relay', () => {
  let session: FeedbackSession;

  beforeEach(async () => {
    session = await startFeedbackSession();
  });
  afterEach(() => session.fixture.cleanup());

  it('opens, closes and shares the form as the relay understands it', async () => {
    const { fixture, sessionId, control } = session;
    const commands = openSessionFeedbackCommands({
      control: control.doc,
      room: new Y.Doc(),
      actor: { role: 'facilitator' },
    });
    const people = await Promise.all(
      ['Ada', 'Bo', 'Cy', 'Di'].map(async (name) => (await session.join(name)).token),
    );
    const answer = (token: string, formId: string, rating: number) =>
      session.submit({ token, formId, rating, text: `rated ${rating}` });
    const relayControl = () =>
      fixture.relay.rooms.loadedDocuments(sessionId).get(`${sessionId}/control`) as Y.Doc;
    const relaySees = (check: (form: ReturnType<typeof readSessionFeedbackForm>) => boolean) =>
      waitForDoc(relayControl(), () => check(readSessionFeedbackForm(relayControl())));

    // The fixture opened `f1` by hand; the model's new form replaces it.
    const formId = commands.startNewFeedbackForm();
    await relaySees((form) => form.open && form.formId === formId);
    expect((await answer(people[0] ?? '', 'f1', 5)).body.error).toBe('unknown_form');
    for (const [index, token] of people.slice(0, 3).entries()) {
      expect((await answer(token, formId, index + 3)).status).toBe(200);
    }
    commands.closeFeedbackForm();
    await relaySees((form) => !form.open);
    expect((await answer(people[3] ?? '', formId, 1)).body.error).toBe('form_closed');

    const early = fixture.connect(`${sessionId}/feedback`, { token: people[0] ?? '' });
    expect((await early.closed).code).toBe(CloseCode.forbidden);
    commands.shareFeedbackResults(true);
    await relaySees((form) => form.shared);
    const reader = fixture.connect(`${sessionId}/feedback`, { token: people[0] ?? '' });
    await reader.synced;
    await waitForDoc(reader.doc, () => reader.doc.getMap(SESSION_FEEDBACK.entriesMap).size === 3);
    const results = selectSessionFeedbackResults(
      readAnonymousAnswers(reader.doc),
      readSessionFeedbackForm(control.doc),
    );
    expect(results.histogram).toEqual([0, 0, 1, 1, 1]);
    expect(results.texts.map((entry) => entry.text).sort()).toEqual(['rated 3', 'rated 4', 'rated 5']);
  });
});
