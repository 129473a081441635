import type { ParticipantId, SessionSnapshot, SessionStore } from '@peerloom/session-model';

/** What every step's facilitator screen receives. */
export interface FacilitatorStepProps {
  snapshot: SessionSnapshot;
  store: SessionStore;
}

/** What every step's participant screen receives. */
export interface ParticipantStepProps {
  snapshot: SessionSnapshot;
  store: SessionStore;
  participantId: ParticipantId;
}

/** What every step's projector screen receives. */
export interface ProjectorStepProps {
  snapshot: SessionSnapshot;
}
