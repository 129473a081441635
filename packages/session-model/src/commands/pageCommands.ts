import { CommandError } from '../schema/CommandError.ts';
import { creationLayout } from '../schema/creationLayout.ts';
import { pageLayout } from '../schema/pageLayout.ts';
import { readPageSettings } from '../schema/readPage.ts';
import { type CommandContext, requireFacilitator, runCommand } from './CommandContext.ts';

/** The facilitator's arrangement of the session page: the order of productions, and which ones it leaves out. */
export function createPageCommands(context: CommandContext) {
  const requireProduction = (productionId: string) => {
    if (!creationLayout.productions(context.control).has(productionId)) throw new CommandError('not_found');
  };

  return {
    /** Puts the productions in this order on the page; unknown ids are dropped, unlisted ones follow. */
    setPageOrder(productionIds: readonly string[]): void {
      requireFacilitator(context);
      const known = creationLayout.productions(context.control);
      const order = [...new Set(productionIds)].filter((id) => known.has(id));
      runCommand(context, context.control, 'setPageOrder', () => {
        pageLayout.page(context.control).set('order', order);
      });
    },

    /** Leaves a production off the page for participants and viewers (the facilitator still sees it, marked). */
    setProductionHidden(productionId: string, hidden: boolean): void {
      requireFacilitator(context);
      requireProduction(productionId);
      runCommand(context, context.control, 'setProductionHidden', () => {
        const { [productionId]: _previous, ...rest } = readPageSettings(context.control).hidden;
        pageLayout.page(context.control).set('hidden', hidden ? { ...rest, [productionId]: true } : rest);
      });
    },
  };
}
