import type { Catalog } from './Catalog.ts';
import { pageEn } from './pageEn.ts';
/**
 * English messages of step 4's screens (the group's production, roles, the editor): loaded with those
 * screens, so the participant route does not carry them until step 4 starts.
 */
export const createEn = {
  production: {
    loadingEditor: 'Loading the editor…',
    title: '{{group}} · our production',
    movedNote: 'You moved from {{from}} to {{to}}. What you wrote stays in {{from}}’s production.',
    leftNote: '{{from}} has ended. What you wrote stays in its production.',
    messageFrom: 'Message from the facilitator',
    groupTimer: 'Your group',
    roomTimer: 'Time left',
    timerPaused: 'paused',
    timeUp: 'Time is up',
    oneMinuteLeft: 'One minute left',
    productionStatus: 'Your production',
    yourRole: 'You are the {{role}}.',
    noRole: 'No role for you this round: bring your ideas and write with the others.',
    groupMembers: 'Your group',
    memberHere: '(here now)',
    memberAway: '(not here now)',
    hereNow: 'Writing with you now: {{names}}',
    aloneHere: 'Nobody else of your group has the production open yet.',
    focusHere: 'The facilitator brought everyone here',
    fromAnswersTitle: 'From our answers',
    fromAnswersHint: 'Your group’s answers from step 2, to start from. Keep what helps, delete the rest.',
    clearFromAnswers: 'Delete this field',
    clearFromAnswersQuestion: 'Delete the “From our answers” field for the whole group? Its text goes away.',
    clearFromAnswersConfirm: 'Yes, delete it',
    removedFieldHint:
      'The facilitator took this field out of the template. What your group wrote here is kept: you can read it, and the facilitator still sees it.',
    noFields: 'The facilitator has not set up the fields yet. They appear here by themselves.',
  },
  roles: {
    leader: 'leader',
    appMaster: 'app master',
    timeMaster: 'time master',
    meaning: {
      leader: 'Keep the group on its goal, make sure everyone is heard, and speak for the group when asked.',
      appMaster: 'Keep the production tidy: help the group put its ideas in the right fields.',
      timeMaster: 'Watch the clock and tell the group when it is time to move to the next field.',
    },
  },
  editor: {
    toolbar: 'Formatting',
    bold: 'Bold',
    italic: 'Italic',
    heading: 'Heading',
    subheading: 'Subheading',
    bulletList: 'Bullet list',
    orderedList: 'Numbered list',
    link: 'Link',
    linkAddress: 'Link address',
    applyLink: 'Apply link',
    removeLink: 'Remove link',
    cancel: 'Cancel',
    pasteTooLarge: 'This paste is too long to add in one go. Paste a shorter part.',
    linkRefused: 'Only web (https://) and e-mail links can be added.',
    dismiss: 'Dismiss',
  },
  ...pageEn,
};

export type CreateMessages = Catalog<typeof createEn>;
