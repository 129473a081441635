import { asSessionId, createSessionStore } from '@peerloom/session-model';
import { openSessionDocuments } from '@peerloom/sync-client';
import WebSocket from 'ws';
import { answerFromNode } from '../fixtures/answerFromNode.ts';
import type { CreatedSession } from '../fixtures/startRelayProcess.ts';

const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;

async function until(predicate: () => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out seeding the session');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Fills a session from Node through the same model and sync client the app uses: the
 * facilitator's seed, a question in the share step, and one answer per participant.
 */
export async function seedSession(relayUrl: string, session: CreatedSession, answers: readonly string[]) {
  const documents = openSessionDocuments({
    serverUrl: `${relayUrl.replace(/^http/, 'ws')}/sync`,
    sessionId: session.sessionId,
    auth: { key: session.facilitatorKey },
    persist: false,
    WebSocketImpl,
  });
  const store = createSessionStore({
    control: documents.control,
    room: documents.room,
    actor: { role: 'facilitator' },
  });
  const durable = () => {
    const status = documents.getStatus();
    return status.control.synced && status.room.synced && status.control.pending + status.room.pending === 0;
  };
  try {
    await until(durable);
    store.commands.seedSession({
      sessionId: asSessionId(session.sessionId),
      title: session.title,
      language: 'en',
      joinCode: session.code,
    });
    store.commands.addQuestion('What do you want to learn today?');
    store.commands.setPhase('share');
    await until(durable);
  } finally {
    store.destroy();
    await documents.destroy();
  }
  await answerFromNode(
    relayUrl,
    session.code,
    answers.map((answer, index) => ({ name: `Participant ${index + 1}`, answer })),
  );
}
