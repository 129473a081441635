import {
  asParticipantId,
  type Comment,
  type CommentId,
  readFeedbackFor,
  type SessionSnapshot,
  selectCommentThreads,
  selectReactionCounts,
} from '@peerloom/session-model';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { useFeedbackCommands } from '../../session/useFeedbackCommands.ts';
import { useServerNow } from '../../session/useServerNow.ts';
import type { SessionHandle } from '../../session/useSessionHandle.ts';
import { CommentForm } from './CommentForm.tsx';
import { type CommentActions, CommentItem } from './CommentItem.tsx';
import { ReactionBar } from './ReactionBar.tsx';
import './productionFeedback.css';

interface ProductionFeedbackProps {
  snapshot: SessionSnapshot;
  /** Any device's handle: a participant comments and reacts, the facilitator moderates, a read link reads. */
  handle: SessionHandle;
  productionId: string;
  /** The level of its heading, one below the production's title. */
  headingLevel?: 2 | 3 | 4;
}

/** Reactions and comments on one production, live, for whoever reads it. */
export function ProductionFeedback({
  snapshot,
  handle,
  productionId,
  headingLevel = 3,
}: ProductionFeedbackProps) {
  const { t } = useTranslation();
  const id = useId();
  const now = useServerNow(30_000);
  const { error, run } = useCommandRunner();
  const [replyingTo, setReplyingTo] = useState<CommentId | null>(null);
  const { access } = handle;
  const commands = useFeedbackCommands(handle);
  const me = access.role === 'participant' ? asParticipantId(access.participantId) : null;
  const moderator = access.role === 'facilitator';
  const feedback = readFeedbackFor(handle.documents, snapshot);
  const closed = feedback.closed;
  const canWrite = me !== null && !closed;
  const threads = useMemo(
    () => selectCommentThreads(feedback, productionId, { includeHidden: moderator }),
    [feedback, productionId, moderator],
  );
  const counts = selectReactionCounts(feedback, productionId, me);
  const shown = threads.reduce(
    (sum, thread) => sum + (thread.comment.deleted ? 0 : 1) + thread.replies.length,
    0,
  );
  const Heading = `h${headingLevel}` as const;
  const nameOf = (comment: Comment) => comment.authorName || t('feedback.formerParticipant');

  const actionsFor = (comment: Comment, topLevel: boolean): CommentActions => {
    return {
      own:
        me !== null && comment.authorId === me && !comment.deleted
          ? {
              canEdit: canWrite,
              onEdit: (text) => commands.editComment(comment.id, text),
              onDelete: () => run(() => commands.deleteComment(comment.id)),
            }
          : null,
      onReply: canWrite && topLevel && !comment.deleted ? () => setReplyingTo(comment.id) : null,
      onToggleHidden: moderator
        ? () =>
            run(() =>
              comment.hiddenAt === null
                ? commands.hideComment(comment.id)
                : commands.unhideComment(comment.id),
            )
        : null,
    };
  };

  return (
    <section
      className="production-feedback"
      aria-labelledby={`${id}-title`}
      data-testid="production-feedback"
      data-production={productionId}
    >
      <Heading id={`${id}-title`} className="production-feedback-title">
        {t('feedback.title')}
      </Heading>
      <ReactionBar
        counts={counts}
        onToggle={canWrite ? (kind) => run(() => commands.toggleReaction(productionId, kind)) : null}
      />
      <p className="comment-count" data-testid="comment-count">
        {t('feedback.count', { count: shown })}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {threads.length > 0 ? (
        <ol className="comment-list">
          {threads.map(({ comment, replies }) => (
            <li key={comment.id} className="comment-thread">
              <CommentItem
                comment={comment}
                now={now}
                actions={actionsFor(comment, comment.replyTo === null)}
              />
              {replies.length > 0 ? (
                <ol
                  className="comment-replies"
                  aria-label={t('feedback.repliesTo', { name: nameOf(comment) })}
                >
                  {replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentItem comment={reply} now={now} actions={actionsFor(reply, false)} />
                    </li>
                  ))}
                </ol>
              ) : null}
              {replyingTo === comment.id && canWrite ? (
                <div className="comment-replies">
                  <CommentForm
                    label={t('feedback.replyLabel', { name: nameOf(comment) })}
                    submitLabel={t('feedback.postReply')}
                    onSubmit={(text) => {
                      commands.addComment(productionId, text, comment.id);
                      setReplyingTo(null);
                    }}
                    onCancel={() => setReplyingTo(null)}
                    draftKey={`reply:${handle.sessionId}:${comment.id}`}
                    autoFocus
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {moderator ? (
        <p className="hint">{closed ? t('feedback.switchClosed') : t('feedback.facilitatorHint')}</p>
      ) : me === null ? (
        // A read link never comments: one line, not an empty form under each of sixty productions.
        <p className="hint" data-testid="comment-form-disabled">
          {t('feedback.viewerOnly')}
        </p>
      ) : (
        <CommentForm
          label={t('feedback.commentLabel')}
          submitLabel={t('feedback.post')}
          onSubmit={(text) => commands.addComment(productionId, text)}
          disabledReason={closed ? t('feedback.closed') : null}
          draftKey={`comment:${handle.sessionId}:${productionId}`}
        />
      )}
    </section>
  );
}
