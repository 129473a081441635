import type { Catalog } from './Catalog.ts';

/**
 * English messages of the anonymous session feedback (step 6B): the participant's form with what is stored, and
 * the facilitator's panel. Loaded with those screens only.
 */
export const anonymousEn = {
  anonymous: {
    title: 'Your feedback on this session',
    defaultRating: 'How useful was this session for you?',
    defaultQuestion: 'What should we keep, and what should we change?',
    ratingValue: '{{value}} out of 5',
    ratingLow: 'not at all',
    ratingHigh: 'very',
    textCount: '{{count}} / {{max}}',
    send: 'Send anonymously',
    privacyTitle: 'What happens to your answer',
    privacyStored:
      'Stored: your rating, your text and the number of the batch they are shown in. Nothing else.',
    privacyNotStored:
      'Not stored with them: your name, your participant id, your device, your network address or the time you answered. To stop a second answer from you, the server keeps a one-way code, apart, that says nothing about what you wrote.',
    privacyShown:
      'When they are shown: only in shuffled batches of at least {{count}} answers, so nobody, the facilitator included, can tell which one is yours. The facilitator sees them; everyone does if the facilitator shares the results.',
    privacyDevice: 'Until it is sent, your answer stays on this device only.',
    notOpen: 'The facilitator has not opened the feedback form yet.',
    closed: 'The feedback form is closed.',
    waiting: 'Waiting to send: your answer is kept on this device and goes as soon as it is online.',
    sent: 'Sent, thank you. It will be shown together with at least {{count}} other answers.',
    yourAnswer: 'Your answer',
    refused: {
      form_closed: 'The facilitator closed the form before your answer arrived: it was not sent.',
      unknown_form: 'The facilitator replaced this form: answer the new one.',
      empty_answer: 'Choose a rating or write a few words.',
      text_too_long: 'Answers can have at most {{max}} characters.',
      invalid_rating: 'Choose a rating from 1 to 5.',
      removed: 'The facilitator removed you from this session, so your answer was not sent.',
      generic: 'The server did not take this answer. Try again.',
    },
    tryAgain: 'Send again',
    resultsTitle: 'Results',
    answersShown_zero: 'No answers shown yet',
    answersShown_one: '{{count}} answer shown',
    answersShown_other: '{{count}} answers shown',
    batchRule: 'Answers appear in shuffled batches of at least {{count}}; until then nothing is shown.',
    average: 'Average {{value}} out of 5',
    histogramLabel: 'Ratings from 1 to 5',
    barLabel: 'Rated {{value}}: {{count}}',
    texts: 'Written answers',
    noTexts: 'No written answers yet.',
    hide: 'Hide',
    show: 'Show again',
    hiddenMark: 'Hidden from participants',
    themesTitle: 'Main themes',
    findThemes: 'Find main themes',
    themesNeed: 'Themes need at least {{count}} written answers.',
    themesFailed: 'The themes could not be computed. Try again.',
    themeCount_one: '{{count}} answer',
    themeCount_other: '{{count}} answers',
    exportCsv: 'Export CSV (no identity)',
    csv: { batch: 'Batch', rating: 'Rating', text: 'Text', hidden: 'Hidden', yes: 'yes' },
    editor: {
      title: 'Anonymous feedback',
      intro:
        'Participants answer over a separate channel: you see answers only in shuffled batches of at least {{count}}, never who wrote what.',
      wording: 'The form’s questions',
      language: 'Wording in',
      ratingLabel: 'Rating question (1 to 5)',
      questionLabel: 'Open question',
      defaultHint: 'Empty: “{{text}}”',
      save: 'Save wording',
      saved: 'Wording saved',
      open: 'Open the form',
      close: 'Close the form',
      newForm: 'Start a new form',
      newFormConfirm:
        'Start a new form? Everyone can answer again; the answers so far are no longer counted, and results are no longer shared.',
      share: 'Share results with participants',
      unshare: 'Stop sharing results',
      stateNone: 'Not opened yet',
      stateOpen: 'Open: participants can answer',
      stateClosed: 'Closed: no new answers',
      stateShared: 'Results shared with participants',
    },
  },
};

export type AnonymousMessages = Catalog<typeof anonymousEn>;
