import {
  asParticipantId,
  asSessionId,
  createSessionStore,
  type QuestionId,
  type SessionStore,
} from '@peerloom/session-model';
import { openSessionDocuments, type SessionDocuments } from '@peerloom/sync-client';
import WebSocket from 'ws';
import type { CreatedSession } from '../fixtures/startRelayProcess.ts';

const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;

async function until(documents: SessionDocuments, predicate: () => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(documents.getStatus())}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const durable = (documents: SessionDocuments) => () => {
  const status = documents.getStatus();
  return status.control.synced && status.room.synced && status.control.pending + status.room.pending === 0;
};

/**
 * Fills a session from Node through the same model and sync client the app uses: the
 * facilitator's seed, a question in the share step, and one answer per participant.
 */
export async function seedSession(relayUrl: string, session: CreatedSession, answers: readonly string[]) {
  const serverUrl = `${relayUrl.replace(/^http/, 'ws')}/sync`;
  const opened: { documents: SessionDocuments; store: SessionStore }[] = [];
  const open = (auth: { key: string } | { token: string }, participantId?: string) => {
    const documents = openSessionDocuments({
      serverUrl,
      sessionId: session.sessionId,
      auth,
      persist: false,
      WebSocketImpl,
    });
    const actor = participantId
      ? { role: 'participant' as const, participantId: asParticipantId(participantId) }
      : { role: 'facilitator' as const };
    const store = createSessionStore({ control: documents.control, room: documents.room, actor });
    opened.push({ documents, store });
    return { documents, store };
  };
  try {
    const facilitator = open({ key: session.facilitatorKey });
    await until(facilitator.documents, durable(facilitator.documents));
    facilitator.store.commands.seedSession({
      sessionId: asSessionId(session.sessionId),
      title: session.title,
      language: 'en',
      joinCode: session.code,
    });
    const questionId: QuestionId = facilitator.store.commands.addQuestion('What do you want to learn today?');
    facilitator.store.commands.setPhase('share');
    await until(facilitator.documents, durable(facilitator.documents));
    for (const [index, text] of answers.entries()) {
      const response = await fetch(`${relayUrl}/api/join`, {
        method: 'POST',
        body: JSON.stringify({ code: session.code, name: `Participant ${index + 1}` }),
      });
      const joined = (await response.json()) as { token: string; participantId: string };
      const participant = open({ token: joined.token }, joined.participantId);
      await until(participant.documents, durable(participant.documents));
      participant.store.commands.joinRoster(`Participant ${index + 1}`);
      participant.store.commands.submitAnswer(questionId, { text });
      await until(participant.documents, durable(participant.documents));
    }
  } finally {
    for (const { documents, store } of opened) {
      store.destroy();
      await documents.destroy();
    }
  }
}
