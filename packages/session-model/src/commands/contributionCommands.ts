import { pageLayout } from '../schema/pageLayout.ts';
import { type CommandContext, requireParticipant, runCommand } from './CommandContext.ts';

/** A participant's choice about being named in the page's contributions (their own key in `room`). */
export function createContributionCommands(context: CommandContext) {
  return {
    /** When true, the page shows this person's words as "another member"'s. */
    setContributionOptOut(optOut: boolean): void {
      const participantId = requireParticipant(context);
      runCommand(context, context.room, 'setContributionOptOut', () => {
        // Set to false rather than deleted: a participant's key is only ever written, never removed.
        pageLayout.contributionOptOut(context.room).set(participantId, optOut);
      });
    },
  };
}
