import type { Language } from './limits.ts';
import type { ProfileField } from './profileFields.ts';

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
