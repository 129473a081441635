import { randomBytes } from 'node:crypto';
import type * as Y from 'yjs';
import { createSession, type JoinStats, joinParticipants } from './relayApi.ts';

export interface PreparedCreate {
  sessionId: string;
  /** Hub credentials of the facilitator and the projector (our relay); null: no hub (stock server). */
  hubAuth: { facilitator: { key: string }; projector: { token: string } } | null;
  facilitatorParams: Record<string, string>;
  projectorParams: Record<string, string>;
  /** Credentials and participant id of each participant, in order. */
  participants: Array<{ params: Record<string, string>; participantId: string }>;
}

export async function prepareOurs(port: number, count: number, joins: JoinStats): Promise<PreparedCreate> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const session = (await createSession(baseUrl, 'Create bench')) as Awaited<
    ReturnType<typeof createSession>
  > & { viewerToken: string };
  const names = Array.from({ length: count }, (_, index) => `Participant ${index + 1}`);
  const joined = await joinParticipants(baseUrl, session.code, names, joins, {
    concurrency: 8,
    deadline: Date.now() + 10 * 60_000,
  });
  return {
    sessionId: session.sessionId,
    hubAuth: { facilitator: { key: session.facilitatorKey }, projector: { token: session.viewerToken } },
    facilitatorParams: { key: session.facilitatorKey, ack: '1' },
    projectorParams: { token: session.viewerToken },
    participants: joined.map((participant) => ({
      params: { token: participant.token, ack: '1' },
      participantId: participant.participantId,
    })),
  };
}

export function prepareStock(count: number): PreparedCreate {
  return {
    sessionId: `create-${randomBytes(6).toString('hex')}`,
    hubAuth: null,
    facilitatorParams: {},
    projectorParams: {},
    participants: Array.from({ length: count }, (_, index) => ({ params: {}, participantId: `p${index}` })),
  };
}

/** Writes `groupMembers` in the control document as the facilitator, so the relay accepts members' writes. */
export function writeGroupMembers(control: Y.Doc, groups: string[][], productionIds: string[]) {
  const members = control.getMap<string[]>('groupMembers');
  control.transact(() => {
    for (const [index, productionId] of productionIds.entries())
      members.set(productionId, groups[index] ?? []);
  });
}
