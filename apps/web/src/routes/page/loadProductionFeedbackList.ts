import { loadFeedbackMessages } from '../../i18n/setupI18n.ts';

/** The feedback list's code and messages, for `lazy()`: screens load them only once there are productions. */
export const loadProductionFeedbackList = () =>
  Promise.all([import('./ProductionFeedbackList.tsx'), loadFeedbackMessages()]).then(([module]) => ({
    default: module.ProductionFeedbackList,
  }));
