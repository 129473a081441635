import { readFeedbackFor, type SessionSnapshot } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { useFeedbackCommands } from '../../session/useFeedbackCommands.ts';
import type { SessionHandle } from '../../session/useSessionHandle.ts';

interface CommentsSwitchProps {
  snapshot: SessionSnapshot;
  handle: SessionHandle;
}

/** The facilitator closes the session's productions to new comments and reactions, or opens them again. */
export function CommentsSwitch({ snapshot, handle }: CommentsSwitchProps) {
  const { t } = useTranslation();
  const { error, run } = useCommandRunner();
  const { closed } = readFeedbackFor(handle.documents, snapshot);
  const commands = useFeedbackCommands(handle);
  return (
    <div className="comments-switch" data-testid="comments-switch">
      <p>{closed ? t('feedback.switchClosed') : t('feedback.switchOpen')}</p>
      <button
        type="button"
        className="secondary"
        onClick={() => run(() => (closed ? commands.openComments() : commands.closeComments()))}
      >
        {closed ? t('feedback.reopen') : t('feedback.close')}
      </button>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
