import { loadAnonymousMessages } from '../../i18n/setupI18n.ts';

/** The anonymous feedback panel's code and messages, for `lazy()`. */
export const loadSessionFeedbackPanel = () =>
  Promise.all([import('./SessionFeedbackPanel.tsx'), loadAnonymousMessages()]).then(([module]) => ({
    default: module.SessionFeedbackPanel,
  }));
