/** English messages of the tag suggestions under the answer box (loaded with them). */
export const tagSuggestionsEn = {
  tagSuggestions: {
    title: 'Tags the room uses',
    add: 'Add the tag {{tag}}',
  },
};
