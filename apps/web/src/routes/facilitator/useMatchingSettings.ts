import type { GroupingKind, MatchWeightTarget, SessionSnapshot, SessionStore } from '@peerloom/session-model';
import { useMemo, useState } from 'react';
import { type GroupSizesText, parseGroupSizes } from './parseGroupSizes.ts';

const asText = (sizes: { min: number; target: number; max: number }): GroupSizesText => ({
  min: String(sizes.min),
  target: String(sizes.target),
  max: String(sizes.max),
});

/**
 * Group sizes and weights of a step, kept in the session so that every facilitator device forms the same
 * groups. Sizes that cannot be used yet (a field cleared to type another number, a maximum below the
 * target) stay on this device, as typed, until they can: `bounds` are the session's sizes meanwhile.
 */
export function useMatchingSettings(
  snapshot: SessionSnapshot,
  store: SessionStore,
  kind: GroupingKind,
  run: (command: () => void) => boolean,
) {
  const shared = snapshot.matchingSettings[kind];
  const key = `${snapshot.sessionId}:${kind}`;
  const [typed, setTyped] = useState<{ key: string; sizes: GroupSizesText } | null>(null);
  const sizes = typed?.key === key ? typed.sizes : asText(shared.sizes);
  const sizeCheck = useMemo(() => parseGroupSizes(sizes), [sizes]);

  const setSizes = (next: GroupSizesText) => {
    const check = parseGroupSizes(next);
    if (check.ok && run(() => store.commands.setGroupSizes(kind, check.bounds))) setTyped(null);
    else setTyped({ key, sizes: next });
  };
  const setWeight = (target: MatchWeightTarget, weight: number) =>
    run(() => store.commands.setMatchWeight(kind, target, weight));

  return { settings: { ...shared, sizes, bounds: shared.sizes }, sizeCheck, setSizes, setWeight };
}
