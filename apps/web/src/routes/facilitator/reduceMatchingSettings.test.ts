import { describe, expect, it } from 'vitest';
import { type MatchingSettingsAction, reduceMatchingSettings } from './reduceMatchingSettings.ts';

const replay = (...actions: MatchingSettingsAction[]) =>
  actions.reduce(reduceMatchingSettings, reduceMatchingSettings(undefined, { type: 'open', key: 'first' }));
const defaults = reduceMatchingSettings(undefined, { type: 'open', key: 'any' }).settings;

describe('reduceMatchingSettings', () => {
  it('starts another session from the defaults, not from the settings of the one shown before', () => {
    const second = replay(
      { type: 'update', change: { sizes: { min: '8', target: '10', max: '12' }, tagWeight: 2 } },
      { type: 'open', key: 'second' },
    );
    expect(second).toEqual({ key: 'second', settings: defaults, changed: false });
    const changed = reduceMatchingSettings(second, {
      type: 'update',
      change: { criteriaWeights: { role: 1 } },
    });
    expect(changed.settings).toEqual({ ...defaults, criteriaWeights: { role: 1 } });
    expect(changed.changed).toBe(true);
  });

  it('ignores what was stored under a key no longer shown, and keeps settings when the same key opens again', () => {
    const stored = { sizes: { min: '4', target: '4', max: '4' }, tagWeight: 0 };
    const second = replay({ type: 'open', key: 'second' }, { type: 'restore', key: 'first', stored });
    expect(second.settings).toEqual(defaults);
    const restored = reduceMatchingSettings(second, { type: 'restore', key: 'second', stored });
    expect(restored.settings).toEqual({
      ...defaults,
      sizes: { min: '4', target: '4', max: '4' },
      bounds: { min: 4, target: 4, max: 4 },
      tagWeight: 0,
    });
    expect(reduceMatchingSettings(restored, { type: 'open', key: 'second' })).toBe(restored);
  });

  it('lets a change made while the device store loads win, and keeps typed sizes with the last valid bounds', () => {
    const typed = replay(
      { type: 'update', change: { sizes: { min: '4', target: '5', max: '6' } } },
      { type: 'update', change: { sizes: { min: '', target: '5', max: '6' } } },
      { type: 'restore', key: 'first', stored: { tagWeight: 2 } },
    );
    expect(typed.settings.sizes).toEqual({ min: '', target: '5', max: '6' });
    expect(typed.settings.bounds).toEqual({ min: 4, target: 5, max: 6 });
    expect(typed.settings.tagWeight).toBe(defaults.tagWeight);
    const broken = replay({
      type: 'restore',
      key: 'first',
      stored: { sizes: { min: 'x', target: '5', max: '6' }, questionWeights: { q1: -1, q2: 2 } },
    });
    expect(broken.settings.bounds).toEqual(defaults.bounds);
    expect(broken.settings.questionWeights).toEqual({ q2: 2 });
  });
});
