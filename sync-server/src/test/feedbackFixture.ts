import type { Writable } from 'node:stream';
import { SESSION_FEEDBACK } from '@peerloom/protocol';
import { createLogger } from '../observability/createLogger.ts';
import { type Peer, type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

export interface FeedbackSession {
  fixture: RelayFixture;
  sessionId: string;
  code: string;
  facilitatorKey: string;
  viewerToken: string;
  /** Every line the relay logged, at debug level. */
  logLines: string[];
  /** The facilitator's live control document, with the form open as `formId`. */
  control: Peer;
  join(name: string): Promise<{ participantId: string; token: string }>;
  submit(body: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }>;
  setForm(values: Record<string, unknown>): Promise<void>;
}

/** A real relay logging every line, a session, and its anonymous feedback form open as `f1`. */
export async function startFeedbackSession(): Promise<FeedbackSession> {
  const logLines: string[] = [];
  const destination = { write: (line: string) => void logLines.push(line) } as unknown as Writable;
  const fixture = await startRelay({ logger: createLogger('debug', destination) });
  const created = (
    await fixture.post<{ sessionId: string; code: string; facilitatorKey: string; viewerToken: string }>(
      '/api/sessions',
      { title: 'Anonymous feedback', language: 'en' },
    )
  ).body;
  const control = fixture.connect(`${created.sessionId}/control`, { key: created.facilitatorKey });
  await control.synced;
  const relayControl = () =>
    fixture.relay.rooms.loadedDocuments(created.sessionId).get(`${created.sessionId}/control`);
  const setForm = async (values: Record<string, unknown>) => {
    const form = control.doc.getMap<unknown>(SESSION_FEEDBACK.formMap);
    control.doc.transact(() => {
      for (const [key, value] of Object.entries(values)) form.set(key, value);
    });
    const relayDoc = relayControl();
    if (!relayDoc) throw new Error('control not loaded on the relay');
    await waitForDoc(relayDoc, () =>
      Object.entries(values).every(
        ([key, value]) => relayDoc.getMap<unknown>(SESSION_FEEDBACK.formMap).get(key) === value,
      ),
    );
  };
  await setForm({ [SESSION_FEEDBACK.formIdKey]: 'f1', [SESSION_FEEDBACK.openKey]: true });
  return {
    fixture,
    ...created,
    logLines,
    control,
    setForm,
    join: async (name) =>
      (
        await fixture.post<{ participantId: string; token: string }>('/api/join', {
          code: created.code,
          name,
        })
      ).body,
    submit: (body) => fixture.post('/api/feedback', body),
  };
}
