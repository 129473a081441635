import type { Production, SessionSnapshot } from '@peerloom/session-model';
import { useMemo } from 'react';
import type { ProductionHandle } from '../../session/useProduction.ts';
import { memberColor } from '../participant/create/memberColor.ts';
import { ProductionFields } from '../participant/create/ProductionFields.tsx';
import { useOwnPresence } from '../participant/create/useGroupPresence.ts';
import '../participant/create/create.css';

interface EditingProductionProps {
  snapshot: SessionSnapshot;
  production: Production;
  /** The production's document on the page's hub socket: editing opens no other connection. */
  opened: ProductionHandle;
  /** The writer: a member (their id) or the facilitator (null). */
  participantId: string | null;
  name: string;
}

/** The facilitator's caret in a group's fields: the danger red, as on the facilitator's wall. */
const FACILITATOR_COLOR = '#a4161a';

/** A production's fields in the step-4 editor, opened from the session page by a member or the facilitator. */
export function EditingProduction({
  snapshot,
  production,
  opened,
  participantId,
  name,
}: EditingProductionProps) {
  const memberKey = production.members.join(',');
  const user = useMemo(
    () => ({
      name,
      color: participantId ? memberColor(participantId, memberKey.split(',')) : FACILITATOR_COLOR,
    }),
    [name, participantId, memberKey],
  );
  useOwnPresence(opened, { ...user, participantId: participantId ?? '' });
  return (
    <ProductionFields snapshot={snapshot} production={production} opened={opened} user={user} editable />
  );
}
