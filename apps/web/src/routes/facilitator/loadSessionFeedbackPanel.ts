import { loadAnonymousMessages } from '../../i18n/loadAnonymousMessages.ts';

/** The anonymous feedback panel's code and messages, for `lazy()`. */
export const loadSessionFeedbackPanel = () =>
  Promise.all([import('./SessionFeedbackPanel.tsx'), loadAnonymousMessages()]).then(([module]) => ({
    default: module.SessionFeedbackPanel,
  }));
