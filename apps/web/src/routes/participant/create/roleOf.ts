import { type ParticipantId, type Production, ROLE_NAMES, type RoleName } from '@peerloom/session-model';

/** The role a member holds in a production, or null. */
export function roleOf(production: Production, participantId: ParticipantId): RoleName | null {
  return ROLE_NAMES.find((role) => production.roles[role] === participantId) ?? null;
}
