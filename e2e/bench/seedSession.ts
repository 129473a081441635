import { answerFromNode } from '../fixtures/answerFromNode.ts';
import { openFacilitatorFromNode } from '../fixtures/facilitatorFromNode.ts';
import type { CreatedSession } from '../fixtures/startRelayProcess.ts';

/**
 * Fills a session from Node through the same model and sync client the app uses: the
 * facilitator's seed, a question in the share step, and one answer per participant.
 */
export async function seedSession(relayUrl: string, session: CreatedSession, answers: readonly string[]) {
  const facilitator = await openFacilitatorFromNode(relayUrl, session);
  try {
    facilitator.store.commands.addQuestion('What do you want to learn today?');
    facilitator.store.commands.setPhase('share');
    await facilitator.saved();
  } finally {
    await facilitator.close();
  }
  await answerFromNode(
    relayUrl,
    session.code,
    answers.map((answer, index) => ({ name: `Participant ${index + 1}`, answer })),
  );
}
