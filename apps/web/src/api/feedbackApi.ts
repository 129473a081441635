import type { FeedbackReceipt, FeedbackSubmission } from '@peerloom/protocol';
import { readAnswer } from './relayApi.ts';

/** Posts an anonymous answer (`POST /api/feedback`); a refusal becomes an ApiError with the relay's code. */
export const postFeedback = (submission: FeedbackSubmission) =>
  readAnswer<FeedbackReceipt>(
    fetch('/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission),
    }),
  );
