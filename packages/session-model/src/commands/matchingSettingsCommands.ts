import { CommandError } from '../schema/CommandError.ts';
import { controlLayout } from '../schema/layout.ts';
import { isGroupSizes, isMatchWeight } from '../schema/readMatchingSettings.ts';
import type { GroupingKind, GroupSizes } from '../schema/types.ts';
import { type CommandContext, requireFacilitator, runCommand } from './CommandContext.ts';

/** What a matching weight applies to: one question's answers, the tags of answers, or one profile field. */
export type MatchWeightTarget =
  | { readonly type: 'question'; readonly id: string }
  | { readonly type: 'tags' }
  | { readonly type: 'criterion'; readonly id: string };

const weightKey = (kind: GroupingKind, target: MatchWeightTarget) =>
  target.type === 'tags' ? `${kind}/tags` : `${kind}/${target.type}/${target.id}`;

/** The facilitator's commands for how groups are formed, shared by every facilitator device of the session. */
export function createMatchingSettingsCommands(context: CommandContext) {
  const settings = () => controlLayout.matchingSettings(context.control);
  return {
    /** Sets the people per group of `kind`; refused unless whole numbers with 2 ≤ min ≤ target ≤ max ≤ 50. */
    setGroupSizes(kind: GroupingKind, sizes: GroupSizes): void {
      requireFacilitator(context);
      if (!isGroupSizes(sizes)) throw new CommandError('settings_invalid');
      runCommand(context, context.control, 'setGroupSizes', () => {
        settings().set(`${kind}/sizes`, { min: sizes.min, target: sizes.target, max: sizes.max });
      });
    },

    /** Sets one weight of `kind`, from 0 (ignored) to 2. */
    setMatchWeight(kind: GroupingKind, target: MatchWeightTarget, weight: number): void {
      requireFacilitator(context);
      if (!isMatchWeight(weight) || (target.type !== 'tags' && target.id === '')) {
        throw new CommandError('settings_invalid');
      }
      runCommand(context, context.control, 'setMatchWeight', () => {
        settings().set(weightKey(kind, target), weight);
      });
    },
  };
}
