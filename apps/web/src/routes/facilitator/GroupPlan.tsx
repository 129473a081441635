import type { GroupSizeBounds } from '@peerloom/matching';
import { useTranslation } from 'react-i18next';
import { planGroups } from './planGroups.ts';

/** "24 participants: these sizes give 5 groups of 4 to 5 people", before grouping and beside the sizes. */
export function GroupPlan({ people, bounds }: { people: number; bounds: GroupSizeBounds }) {
  const { t } = useTranslation();
  const plan = planGroups(people, bounds);
  if (plan.groups === 0) return null;
  const sizes =
    plan.smallest === plan.largest
      ? String(plan.smallest)
      : t('board.sizeRange', { smallest: plan.smallest, largest: plan.largest });
  return (
    <p className="group-plan" data-testid="group-plan">
      {t('board.plan', { count: plan.groups, people, sizes })}
    </p>
  );
}
