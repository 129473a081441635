import { CommandError } from '../schema/CommandError.ts';

/** Runs a command a person might try on a stale view; refusals are expected, anything else is a bug. */
export function attemptCommand(command: () => void): void {
  try {
    command();
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
  }
}
