import { describe, expect, it } from 'vitest';
import { parseGroupSizes } from './parseGroupSizes.ts';

describe('parseGroupSizes', () => {
  it('accepts whole numbers with min ≤ target ≤ max, ignoring spaces around them', () => {
    expect(parseGroupSizes({ min: '3', target: '5', max: '6' })).toEqual({
      ok: true,
      bounds: { min: 3, target: 5, max: 6 },
    });
    expect(parseGroupSizes({ min: ' 2', target: '2 ', max: '2' })).toEqual({
      ok: true,
      bounds: { min: 2, target: 2, max: 2 },
    });
  });

  it('refuses what is not a whole number, naming each field', () => {
    const check = parseGroupSizes({ min: '', target: '4.5', max: 'six' });
    expect(check).toEqual({
      ok: false,
      problems: [
        { field: 'min', code: 'not_whole' },
        { field: 'target', code: 'not_whole' },
        { field: 'max', code: 'not_whole' },
      ],
    });
    expect(parseGroupSizes({ min: '-3', target: '5', max: '6' }).ok).toBe(false);
  });

  it('refuses groups of one and sizes out of order', () => {
    expect(parseGroupSizes({ min: '1', target: '5', max: '6' })).toEqual({
      ok: false,
      problems: [{ field: 'min', code: 'min_too_small' }],
    });
    expect(parseGroupSizes({ min: '4', target: '3', max: '6' })).toEqual({
      ok: false,
      problems: [{ field: 'target', code: 'target_below_min' }],
    });
    expect(parseGroupSizes({ min: '3', target: '5', max: '4' })).toEqual({
      ok: false,
      problems: [{ field: 'max', code: 'max_below_target' }],
    });
  });

  it('refuses a maximum the session would not accept', () => {
    expect(parseGroupSizes({ min: '3', target: '5', max: '51' })).toEqual({
      ok: false,
      problems: [{ field: 'max', code: 'max_too_large' }],
    });
    expect(parseGroupSizes({ min: '3', target: '5', max: '50' }).ok).toBe(true);
  });
});
