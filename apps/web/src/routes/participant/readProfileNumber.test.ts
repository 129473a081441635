import { getProfileFieldPresets, type ProfileField } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { readProfileNumber } from './readProfileNumber.ts';

const years = getProfileFieldPresets('en').find((field) => field.id === 'experience') as ProfileField;
const open: ProfileField = { id: 'score', label: 'Score', kind: 'number', options: [] };

describe('readProfileNumber', () => {
  it('accepts numbers within the bounds, a decimal comma included', () => {
    expect(readProfileNumber(years, '0')).toEqual({ ok: true, value: 0 });
    expect(readProfileNumber(years, ' 60 ')).toEqual({ ok: true, value: 60 });
    expect(readProfileNumber(years, '2,5')).toEqual({ ok: true, value: 2.5 });
    expect(readProfileNumber(open, '-40')).toEqual({ ok: true, value: -40 });
  });

  it('refuses negative years of experience, too many, and text that is no number', () => {
    expect(readProfileNumber(years, '-3')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readProfileNumber(years, '61')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readProfileNumber(years, 'ten')).toEqual({ ok: false, problem: 'notANumber' });
    expect(readProfileNumber({ ...open, min: 18 }, '12')).toEqual({ ok: false, problem: 'tooSmall' });
    expect(readProfileNumber({ ...open, max: 5 }, '12')).toEqual({ ok: false, problem: 'tooLarge' });
  });
});
