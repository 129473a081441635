import { CloseCode, SESSION_FEEDBACK } from '@peerloom/protocol';
import {
  openSessionFeedbackCommands,
  readAnonymousAnswers,
  readSessionFeedbackForm,
  selectSessionFeedbackResults,
} from '@peerloom/session-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
}

/** The form the model's commands write is the one the relay reads: its id, open or closed, shared or not. */
describe('session-model feedback commands against the relay', () => {
  let fixture: RelayFixture;
  let session: Created;

  beforeEach(async () => {
    fixture = await startRelay();
    session = (await fixture.post<Created>('/api/sessions', { title: 'Contract', language: 'en' })).body;
  });
  afterEach(() => fixture.cleanup());

  it('opens, closes and shares the form as the relay understands it', async () => {
    const control = fixture.connect(`${session.sessionId}/control`, { key: session.facilitatorKey });
    await control.synced;
    const commands = openSessionFeedbackCommands({
      control: control.doc,
      room: new Y.Doc(),
      actor: { role: 'facilitator' },
    });
    const people = await Promise.all(
      ['Ada', 'Bo', 'Cy', 'Di'].map(
        async (name) =>
          (await fixture.post<{ token: string }>('/api/join', { code: session.code, name })).body.token,
      ),
    );
    const answer = (token: string, formId: string, rating: number) =>
      fixture.post('/api/feedback', { token, formId, rating, text: `rated ${rating}` });
    const relayControl = () =>
      fixture.relay.rooms.loadedDocuments(session.sessionId).get(`${session.sessionId}/control`);
    const relaySees = (check: (form: ReturnType<typeof readSessionFeedbackForm>) => boolean) =>
      waitForDoc(relayControl() as Y.Doc, () => check(readSessionFeedbackForm(relayControl() as Y.Doc)));

    const formId = commands.openFeedbackForm();
    await relaySees((form) => form.open && form.formId === formId);
    for (const [index, token] of people.slice(0, 3).entries()) {
      expect((await answer(token, formId, index + 3)).status).toBe(200);
    }
    commands.closeFeedbackForm();
    await relaySees((form) => !form.open);
    expect((await answer(people[3] ?? '', formId, 1)).body.error).toBe('form_closed');

    const early = fixture.connect(`${session.sessionId}/feedback`, { token: people[0] ?? '' });
    expect((await early.closed).code).toBe(CloseCode.forbidden);
    commands.shareFeedbackResults(true);
    await relaySees((form) => form.shared);
    const reader = fixture.connect(`${session.sessionId}/feedback`, { token: people[0] ?? '' });
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
