import type {
  ParticipantCommands,
  ParticipantId,
  SessionCommands,
  SessionSnapshot,
  SessionStore,
} from '@peerloom/session-model';
import type { SessionHandle } from '../session/useSessionHandle.ts';

/** What every step's facilitator screen receives. */
export interface FacilitatorStepProps {
  snapshot: SessionSnapshot;
  store: SessionStore;
  /** The session's documents and access, for screens that open more documents (step 4's productions). */
  handle: SessionHandle<SessionCommands>;
}

/** What every step's participant screen receives. */
export interface ParticipantStepProps {
  snapshot: SessionSnapshot;
  store: SessionStore<ParticipantCommands>;
  participantId: ParticipantId;
  /** The session's documents and access, for screens that open more documents (step 4's production). */
  handle: SessionHandle<ParticipantCommands>;
}

/** What every step's projector screen receives. */
export interface ProjectorStepProps {
  snapshot: SessionSnapshot;
  /** The session's documents and viewer access, for screens that read more documents (step 4's productions). */
  handle: SessionHandle;
}
