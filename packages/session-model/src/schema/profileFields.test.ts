import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './limits.ts';
import { getProfileFieldPresets } from './profileFieldPresets.ts';
import { isProfileField } from './profileFields.ts';

describe('profile field presets', () => {
  it('are written in the session’s language, with the same ids and kinds in each', () => {
    const english = getProfileFieldPresets('en');
    const french = getProfileFieldPresets('fr');
    expect(french.map((field) => [field.id, field.kind])).toEqual(
      english.map((field) => [field.id, field.kind]),
    );
    expect(french.find((field) => field.id === 'experience')?.label).toBe('Années d’expérience');
    expect(french.find((field) => field.id === 'organisation')?.options).toContain('Entreprise');
    for (const [index, field] of french.entries()) {
      expect(field.label).not.toBe(english[index]?.label);
      if (field.kind === 'choice') expect(field.options).not.toEqual(english[index]?.options);
    }
  });

  it('offer each option once, and none meaning “no answer” (the form offers that for every field)', () => {
    for (const language of LANGUAGES) {
      for (const field of getProfileFieldPresets(language)) {
        expect(isProfileField(field), `${language} ${field.id}`).toBe(true);
        expect(new Set(field.options).size).toBe(field.options.length);
        for (const option of field.options)
          expect(option).not.toMatch(/prefer not|préfère ne pas|no answer/i);
      }
    }
  });

  it('bound years of experience to 0–60', () => {
    for (const language of LANGUAGES) {
      expect(getProfileFieldPresets(language).find((field) => field.id === 'experience')).toMatchObject({
        kind: 'number',
        min: 0,
        max: 60,
      });
    }
  });
});

describe('isProfileField', () => {
  const years = { id: 'years', label: 'Years', kind: 'number', options: [] };
  it('refuses an option given twice and bounds that are not numbers or cross', () => {
    expect(isProfileField({ id: 'a', label: 'A', kind: 'choice', options: ['x', 'y', 'x'] })).toBe(false);
    expect(isProfileField({ ...years, min: 0, max: 60 })).toBe(true);
    expect(isProfileField({ ...years, min: 10, max: 5 })).toBe(false);
    expect(isProfileField({ ...years, min: '0' })).toBe(false);
    expect(isProfileField({ ...years, max: Number.POSITIVE_INFINITY })).toBe(false);
  });
});
