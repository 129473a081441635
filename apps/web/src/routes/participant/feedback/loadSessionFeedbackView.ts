import { loadAnonymousMessages } from '../../../i18n/loadAnonymousMessages.ts';

/** The anonymous feedback form's code and messages, for `lazy()`: loaded only once the session ends. */
export const loadSessionFeedbackView = () =>
  Promise.all([import('./SessionFeedbackView.tsx'), loadAnonymousMessages()]).then(([module]) => ({
    default: module.SessionFeedbackView,
  }));
