import type { Language } from '../schema/limits.ts';
import type { Rubric } from './evaluationTypes.ts';

/** A ready-made rubric the facilitator starts from (then edits). */
export interface RubricPreset {
  readonly id: string;
  readonly name: string;
  readonly rubric: Rubric;
}

const presets: Record<Language, readonly RubricPreset[]> = {
  en: [
    {
      id: 'idea',
      name: 'Project idea',
      rubric: {
        criteria: [
          {
            id: 'clarity',
            title: 'Clarity',
            levels: [
              'Hard to follow: the main idea is missing.',
              'The idea is there, but parts are unclear.',
              'Clear overall, with a few gaps.',
              'Crystal clear: anyone could explain it back.',
            ],
          },
          {
            id: 'originality',
            title: 'Originality',
            levels: [
              'A well-known answer, repeated.',
              'A known answer with a small twist.',
              'A fresh angle on the question.',
              'Surprising, and it makes you think again.',
            ],
          },
          {
            id: 'feasibility',
            title: 'Feasibility',
            levels: [
              'No path to doing it.',
              'Possible, but the first steps are missing.',
              'Realistic, with clear first steps.',
              'Could start tomorrow: steps, people and means are named.',
            ],
          },
        ],
        commentPrompt: 'One thing that works well, and one thing to improve',
      },
    },
    {
      id: 'short',
      name: 'Quick feedback',
      rubric: {
        criteria: [
          {
            id: 'clarity',
            title: 'Clarity',
            levels: ['Unclear', 'Partly clear', 'Clear', 'Very clear'],
          },
          {
            id: 'usefulness',
            title: 'Usefulness',
            levels: ['Not useful to me', 'A little useful', 'Useful', 'I will use it'],
          },
        ],
        commentPrompt: 'What would you add or change?',
      },
    },
  ],
  fr: [
    {
      id: 'idea',
      name: 'Idée de projet',
      rubric: {
        criteria: [
          {
            id: 'clarity',
            title: 'Clarté',
            levels: [
              'Difficile à suivre : l’idée principale manque.',
              'L’idée est là, mais des parties restent floues.',
              'Clair dans l’ensemble, avec quelques manques.',
              'Limpide : tout le monde pourrait la réexpliquer.',
            ],
          },
          {
            id: 'originality',
            title: 'Originalité',
            levels: [
              'Une réponse connue, répétée.',
              'Une réponse connue, avec une petite nouveauté.',
              'Un angle neuf sur la question.',
              'Surprenant : on repense la question.',
            ],
          },
          {
            id: 'feasibility',
            title: 'Faisabilité',
            levels: [
              'Aucun moyen de le réaliser.',
              'Possible, mais les premières étapes manquent.',
              'Réaliste, avec des premières étapes claires.',
              'Prêt à démarrer : étapes, personnes et moyens sont nommés.',
            ],
          },
        ],
        commentPrompt: 'Un point fort, et un point à améliorer',
      },
    },
    {
      id: 'short',
      name: 'Retour rapide',
      rubric: {
        criteria: [
          {
            id: 'clarity',
            title: 'Clarté',
            levels: ['Pas clair', 'En partie clair', 'Clair', 'Très clair'],
          },
          {
            id: 'usefulness',
            title: 'Utilité',
            levels: ['Pas utile pour moi', 'Un peu utile', 'Utile', 'Je vais m’en servir'],
          },
        ],
        commentPrompt: 'Qu’ajouteriez-vous ou changeriez-vous ?',
      },
    },
  ],
};

/** The ready-made rubrics in a language, English and French. */
export const getRubricPresets = (language: Language): readonly RubricPreset[] =>
  presets[language] ?? presets.en;
