import type { tagSuggestionsEn } from './tagSuggestionsEn.ts';

/** French messages of the tag suggestions under the answer box (see tagSuggestionsEn.ts). */
export const tagSuggestionsFr: typeof tagSuggestionsEn = {
  tagSuggestions: {
    title: 'Mots-clés suggérés, tirés de la salle',
    add: 'Ajouter le mot-clé {{tag}}',
  },
};
