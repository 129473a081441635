/** English messages of the tag suggestions under the answer box (loaded with them). */
export const tagSuggestionsEn = {
  tagSuggestions: {
    title: 'Suggested tags, from the room',
    add: 'Add the tag {{tag}}',
  },
};
