import type { GroupSizeBounds } from '@peerloom/matching';
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

/** The settings of one storage key, and whether the facilitator changed them since the key was opened. */
export interface MatchingSettingsState {
  key: string;
  settings: MatchingSettings;
  changed: boolean;
}

/**
 * `open`: another session or step (storage key) is shown; `restore`: what the device stored under a key
 * came back; `update`: the facilitator changed something.
 */
export type MatchingSettingsAction =
  | { type: 'open'; key: string }
  | { type: 'restore'; key: string; stored: unknown }
  | { type: 'update'; change: Partial<Omit<MatchingSettings, 'bounds'>> };

const defaults: MatchingSettings = {
  sizes: { min: '3', target: '5', max: '6' },
  bounds: { min: 3, target: 5, max: 6 },
  questionWeights: {},
  tagWeight: 0.5,
  criteriaWeights: {},
};

/**
 * Settings per storage key: opening a key starts from the defaults (never from another session's
 * settings), what the device stored for that key replaces them unless the facilitator changed something
 * first, and a stored value for any other key is ignored.
 */
export function reduceMatchingSettings(
  state: MatchingSettingsState | undefined,
  action: MatchingSettingsAction,
): MatchingSettingsState {
  if (action.type === 'open') {
    return state?.key === action.key ? state : { key: action.key, settings: defaults, changed: false };
  }
  const current = state ?? { key: '', settings: defaults, changed: false };
  if (action.type === 'restore') {
    if (action.key !== current.key || current.changed || !action.stored) return current;
    return { ...current, settings: restore(action.stored) };
  }
  const next = { ...current.settings, ...action.change };
  const check = action.change.sizes ? parseGroupSizes(action.change.sizes) : null;
  return { ...current, changed: true, settings: check?.ok ? { ...next, bounds: check.bounds } : next };
}

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
