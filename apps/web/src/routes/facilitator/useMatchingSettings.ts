import type { GroupSizeBounds } from '@peerloom/matching';
import type { GroupingKind } from '@peerloom/session-model';
import { useEffect, useMemo, useRef, useState } from 'react';
import { loadDraft, saveDraft } from '../../session/deviceStore.ts';
import { type GroupSizesText, parseGroupSizes } from './parseGroupSizes.ts';

/** The facilitator's choices for one kind of grouping, kept on this device per session. */
export interface MatchingSettings {
  /** As typed, even when not valid, so that nothing typed is lost. */
  sizes: GroupSizesText;
  /** The last valid sizes: what the board checks groups against while the fields hold a mistake. */
  bounds: GroupSizeBounds;
  /** Question id → weight of its answers; a question not listed weighs 1 if it is the default one, else 0. */
  questionWeights: Record<string, number>;
  tagWeight: number;
  /** Profile field id → weight (0 = ignored, the default). */
  criteriaWeights: Record<string, number>;
}

const defaults: MatchingSettings = {
  sizes: { min: '3', target: '5', max: '6' },
  bounds: { min: 3, target: 5, max: 6 },
  questionWeights: {},
  tagWeight: 0.5,
  criteriaWeights: {},
};

const weights = (value: unknown): Record<string, number> =>
  Object.fromEntries(
    Object.entries(value && typeof value === 'object' ? value : {}).filter(
      (entry): entry is [string, number] =>
        typeof entry[1] === 'number' && Number.isFinite(entry[1]) && entry[1] >= 0,
    ),
  );

function restore(stored: unknown): MatchingSettings {
  if (!stored || typeof stored !== 'object') return defaults;
  const saved = stored as Partial<Record<keyof MatchingSettings, unknown>>;
  const text = (saved.sizes ?? {}) as Partial<Record<keyof GroupSizesText, unknown>>;
  const sizes =
    typeof text.min === 'string' && typeof text.target === 'string' && typeof text.max === 'string'
      ? { min: text.min, target: text.target, max: text.max }
      : defaults.sizes;
  const check = parseGroupSizes(sizes);
  return {
    sizes,
    bounds: check.ok ? check.bounds : defaults.bounds,
    questionWeights: weights(saved.questionWeights),
    tagWeight:
      typeof saved.tagWeight === 'number' && Number.isFinite(saved.tagWeight) && saved.tagWeight >= 0
        ? saved.tagWeight
        : defaults.tagWeight,
    criteriaWeights: weights(saved.criteriaWeights),
  };
}

/**
 * Group sizes and weights of a step, restored after a reload or a visit to another step; `sizeCheck` says
 * whether the typed sizes can be used.
 */
export function useMatchingSettings(sessionId: string | null, kind: GroupingKind) {
  const key = `matching:${sessionId}:${kind}`;
  const [settings, setSettings] = useState(defaults);
  const changed = useRef(false);

  useEffect(() => {
    let current = true;
    changed.current = false;
    if (!sessionId) return;
    void loadDraft<unknown>(key).then((stored) => {
      // A change made while the device store was still loading wins over what it held.
      if (current && !changed.current && stored) setSettings(restore(stored));
    });
    return () => {
      current = false;
    };
  }, [key, sessionId]);

  useEffect(() => {
    if (changed.current && sessionId) void saveDraft(key, settings);
  }, [key, sessionId, settings]);

  const sizeCheck = useMemo(() => parseGroupSizes(settings.sizes), [settings.sizes]);
  const update = (change: Partial<Omit<MatchingSettings, 'bounds'>>) => {
    changed.current = true;
    setSettings((current) => {
      const next = { ...current, ...change };
      const check = change.sizes ? parseGroupSizes(change.sizes) : null;
      return check?.ok ? { ...next, bounds: check.bounds } : next;
    });
  };
  return { settings, update, sizeCheck };
}
