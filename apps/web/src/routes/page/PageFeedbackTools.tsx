import { readFeedbackFor, type SessionSnapshot } from '@peerloom/session-model';
import type { SessionHandle } from '../../session/useSessionHandle.ts';
import { CommentsSwitch } from './CommentsSwitch.tsx';
import { FeedbackCsvButton } from './FeedbackCsvButton.tsx';

/** The facilitator's part of the page's feedback: closing comments, and every comment and reaction as CSV. */
export function PageFeedbackTools({
  snapshot,
  handle,
}: {
  snapshot: SessionSnapshot;
  handle: SessionHandle;
}) {
  return (
    <div className="page-feedback-tools">
      <CommentsSwitch snapshot={snapshot} handle={handle} />
      <div className="button-row">
        <FeedbackCsvButton
          snapshot={snapshot}
          feedback={readFeedbackFor(handle.documents, snapshot)}
          includeHidden
        />
      </div>
    </div>
  );
}
