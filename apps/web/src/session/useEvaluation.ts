import {
  type EvaluationCommandSet,
  type EvaluationState,
  openEvaluationCommands,
  readEvaluationFor,
  type SessionSnapshot,
} from '@peerloom/session-model';
import { useMemo } from 'react';
import { serverNow } from './serverClock.ts';
import type { SessionHandle } from './useSessionHandle.ts';
// Every step-6A screen reads through this hook: the step's styles come with it, as one file.
import '../styles/evaluation.css';
import '../styles/evaluationScreens.css';

export interface EvaluationView {
  readonly state: EvaluationState;
  readonly commands: EvaluationCommandSet;
}

/**
 * Step 6A on this handle's open documents: the co-evaluation as of `snapshot` (re-read when it changes) and
 * the commands of the device's role. Loaded with step 6's screens only.
 */
export function useEvaluation(handle: SessionHandle, snapshot: SessionSnapshot): EvaluationView {
  const commands = useMemo(
    () =>
      openEvaluationCommands({
        control: handle.documents.control,
        room: handle.documents.room,
        actor: handle.store.actor,
        now: serverNow,
      }),
    [handle],
  );
  return { state: readEvaluationFor(handle.documents, snapshot), commands };
}
