import type { Language } from './limits.ts';

/** A question the facilitator asks everyone on joining, used to form diverse groups. */
export interface ProfileField {
  readonly id: string;
  readonly label: string;
  readonly kind: 'choice' | 'number';
  /** The answers offered for a `choice` field, each once. */
  readonly options: readonly string[];
  /** Smallest and largest value a `number` field accepts (inclusive), when bounded. */
  readonly min?: number;
  readonly max?: number;
}

// "Prefer not to say" is no option here: the participant's form offers it for every field, as "no answer".
const presets: Record<Language, readonly ProfileField[]> = {
  en: [
    { id: 'experience', label: 'Years of experience', kind: 'number', options: [], min: 0, max: 60 },
    {
      id: 'organisation',
      label: 'Organisation type',
      kind: 'choice',
      options: ['Company', 'Public sector', 'Non-profit', 'Education', 'Other'],
    },
    {
      id: 'age',
      label: 'Age band',
      kind: 'choice',
      options: ['Under 25', '25–34', '35–44', '45–54', '55 and over'],
    },
    { id: 'gender', label: 'Gender', kind: 'choice', options: ['Woman', 'Man', 'Non-binary'] },
    {
      id: 'culture',
      label: 'Region of origin',
      kind: 'choice',
      options: ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'],
    },
  ],
  fr: [
    { id: 'experience', label: 'Années d’expérience', kind: 'number', options: [], min: 0, max: 60 },
    {
      id: 'organisation',
      label: 'Type d’organisation',
      kind: 'choice',
      options: ['Entreprise', 'Secteur public', 'Association', 'Enseignement', 'Autre'],
    },
    {
      id: 'age',
      label: 'Tranche d’âge',
      kind: 'choice',
      options: ['Moins de 25 ans', '25 à 34 ans', '35 à 44 ans', '45 à 54 ans', '55 ans et plus'],
    },
    { id: 'gender', label: 'Genre', kind: 'choice', options: ['Femme', 'Homme', 'Non binaire'] },
    {
      id: 'culture',
      label: 'Région d’origine',
      kind: 'choice',
      options: ['Afrique', 'Amériques', 'Asie', 'Europe', 'Océanie'],
    },
  ],
};

/**
 * Ready-made fields the facilitator can pick from, written in the session's language (participants see
 * them as written). The same preset has the same id in every language.
 */
export function getProfileFieldPresets(language: Language): readonly ProfileField[] {
  return presets[language];
}

const isBound = (value: unknown) =>
  value === undefined || (typeof value === 'number' && Number.isFinite(value));

/** A well-formed field: known kind, string options given once each, bounds that are numbers with min ≤ max. */
export const isProfileField = (value: unknown): value is ProfileField => {
  if (!value || typeof value !== 'object') return false;
  const field = value as Partial<ProfileField>;
  return (
    typeof field.id === 'string' &&
    typeof field.label === 'string' &&
    (field.kind === 'choice' || field.kind === 'number') &&
    Array.isArray(field.options) &&
    field.options.every((option) => typeof option === 'string') &&
    new Set(field.options).size === field.options.length &&
    isBound(field.min) &&
    isBound(field.max) &&
    (field.min === undefined || field.max === undefined || field.min <= field.max)
  );
};

/** Whether `value` is an answer `field` accepts: one of its options, or a number within its bounds. */
export function fitsProfileField(field: ProfileField, value: unknown): boolean {
  if (field.kind === 'choice') return typeof value === 'string' && field.options.includes(value);
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    Math.abs(value) < 1e6 &&
    (field.min === undefined || value >= field.min) &&
    (field.max === undefined || value <= field.max)
  );
}
