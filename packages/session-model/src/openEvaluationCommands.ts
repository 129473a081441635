import { createEvaluationCommands } from './commands/evaluationCommands.ts';
import { createEvaluationSetupCommands } from './commands/evaluationSetupCommands.ts';
import type { SessionStoreOptions } from './openSessionStore.ts';

/** Set up step 6A (the facilitator); evaluate and react (participants). Each command refuses other roles. */
export type EvaluationCommandSet = ReturnType<typeof createEvaluationCommands> &
  ReturnType<typeof createEvaluationSetupCommands>;

/**
 * The co-evaluation commands on a session's open documents (the same ones its store reads, so snapshots
 * follow). Apart from the store so that the code comes with step 6's screens, not in a phone's first download.
 */
export function openEvaluationCommands(options: SessionStoreOptions): EvaluationCommandSet {
  const context = {
    control: options.control,
    room: options.room,
    actor: options.actor,
    now: options.now ?? Date.now,
  };
  return { ...createEvaluationCommands(context), ...createEvaluationSetupCommands(context) };
}
