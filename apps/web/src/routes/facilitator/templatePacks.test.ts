import { LANGUAGES, LIMITS } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { getTemplatePacks, TEMPLATE_PACK_IDS } from './templatePacks.ts';

describe('the built-in template packs', () => {
  it('offer the same three packs, with as many fields, in every session language', () => {
    const english = getTemplatePacks('en');
    for (const language of LANGUAGES) {
      const packs = getTemplatePacks(language);
      expect(packs.map((pack) => pack.id)).toEqual([...TEMPLATE_PACK_IDS]);
      packs.forEach((pack, index) => {
        expect(pack.fields.length).toBe(english[index]?.fields.length);
      });
    }
  });

  it('fill every title, hint and example within the limits the model enforces', () => {
    for (const language of LANGUAGES) {
      for (const pack of getTemplatePacks(language)) {
        expect(pack.name.trim()).not.toBe('');
        expect(pack.description.trim()).not.toBe('');
        expect(pack.fields.length).toBeLessThanOrEqual(LIMITS.templateFieldsMax);
        for (const field of pack.fields) {
          expect(field.title.trim().length).toBeGreaterThan(0);
          expect(field.title.length).toBeLessThanOrEqual(LIMITS.fieldTitleLength);
          expect(field.hint.trim().length).toBeGreaterThan(0);
          expect(field.hint.length).toBeLessThanOrEqual(LIMITS.fieldHintLength);
          expect(field.example.trim().length).toBeGreaterThan(0);
          expect(field.example.length).toBeLessThanOrEqual(LIMITS.fieldExampleLength);
        }
      }
    }
  });

  it('are written in each language, not copied from English', () => {
    const english = getTemplatePacks('en');
    getTemplatePacks('fr').forEach((pack, index) => {
      expect(pack.name).not.toBe(english[index]?.name);
      pack.fields.forEach((field, fieldIndex) => {
        expect(field.title).not.toBe(english[index]?.fields[fieldIndex]?.title);
      });
    });
  });

  it('prepare step 5 with the mini-class plan: a learning goal first and a check for understanding', () => {
    const plan = getTemplatePacks('en').find((pack) => pack.id === 'miniClass');
    expect(plan?.fields[0]?.title).toBe('Learning goal');
    expect(plan?.fields.map((field) => field.title)).toContain('Check for understanding');
  });
});
