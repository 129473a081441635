import type { CreatedSession } from '../../api/relayApi.ts';
import { saveCredentials } from '../../session/deviceStore.ts';

/** Keeps a session the relay just made (created or imported) on this device as one it facilitates. */
export function keepFacilitatorSession(created: CreatedSession): Promise<void> {
  return saveCredentials({
    kind: 'facilitator',
    sessionId: created.sessionId,
    code: created.code,
    title: created.title,
    language: created.language,
    key: created.facilitatorKey,
    viewerToken: created.viewerToken,
  });
}
