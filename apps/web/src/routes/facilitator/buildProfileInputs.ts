import type { ProfileField, ProfileParticipant } from '@peerloom/matching';
import type { SessionSnapshot } from '@peerloom/session-model';

/** Everyone on the roster with their profile, and the session's profile fields, as diverse grouping reads them. */
export function buildProfileInputs(snapshot: Pick<SessionSnapshot, 'roster' | 'profileFields'>): {
  participants: ProfileParticipant[];
  fields: ProfileField[];
} {
  return {
    participants: snapshot.roster.map((entry) => ({
      participantId: entry.participantId,
      profile: { ...entry.profile },
    })),
    fields: snapshot.profileFields.map((field) => ({ key: field.id, kind: field.kind })),
  };
}
