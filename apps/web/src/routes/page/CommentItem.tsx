import type { Comment } from '@peerloom/session-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentForm } from './CommentForm.tsx';
import { formatRelativeTime } from './formatRelativeTime.ts';

export interface CommentActions {
  /** The author's own, still there: edit (while feedback is open) and delete. */
  own: { canEdit: boolean; onEdit: (text: string) => void; onDelete: () => void } | null;
  onReply: (() => void) | null;
  /** The facilitator's: hide or show again. */
  onToggleHidden: (() => void) | null;
}

interface CommentItemProps {
  comment: Comment;
  now: number;
  actions: CommentActions;
}

/** One comment: author, time, text, and what this reader may do with it. */
export function CommentItem({ comment, now, actions }: CommentItemProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const author = comment.authorName || t('feedback.formerParticipant');
  const about = <span className="visually-hidden"> {t('feedback.ofComment', { name: author })}</span>;
  const hidden = comment.hiddenAt !== null;

  return (
    <article className={hidden ? 'comment comment-hidden' : 'comment'} data-testid="comment">
      <p className="comment-meta">
        <span className="comment-author">
          {author}
          {actions.own ? ` (${t('feedback.you')})` : null}
        </span>
        {' · '}
        <time
          dateTime={new Date(comment.createdAt).toISOString()}
          title={new Date(comment.createdAt).toLocaleString(i18n.language)}
        >
          {formatRelativeTime(comment.createdAt, now, i18n.language)}
        </time>
        {comment.editedAt !== null && !comment.deleted ? ` · ${t('feedback.edited')}` : null}
      </p>
      {hidden ? <p className="badge badge-warning">{t('feedback.hiddenBadge')}</p> : null}
      {comment.deleted ? (
        <p className="comment-deleted">{t('feedback.deleted')}</p>
      ) : editing && actions.own ? (
        <CommentForm
          label={t('feedback.editLabel')}
          submitLabel={t('feedback.save')}
          initialText={comment.text}
          onSubmit={(text) => {
            actions.own?.onEdit(text);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
          autoFocus
        />
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      {confirming && actions.own ? (
        <div className="confirm" role="alertdialog" aria-label={t('feedback.confirmDelete')}>
          <p>{t('feedback.confirmDelete')}</p>
          <div className="button-row">
            <button type="button" className="danger" onClick={actions.own.onDelete}>
              {t('feedback.confirmDeleteYes')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('feedback.cancel')}
            </button>
          </div>
        </div>
      ) : editing ? null : (
        <div className="comment-actions">
          {actions.onReply ? (
            <button type="button" className="ghost" onClick={actions.onReply}>
              {t('feedback.reply')}
              {about}
            </button>
          ) : null}
          {actions.own?.canEdit ? (
            <button type="button" className="ghost" onClick={() => setEditing(true)}>
              {t('feedback.edit')}
              {about}
            </button>
          ) : null}
          {actions.own ? (
            <button type="button" className="ghost" onClick={() => setConfirming(true)}>
              {t('feedback.delete')}
              {about}
            </button>
          ) : null}
          {actions.onToggleHidden ? (
            <button type="button" className="ghost" onClick={actions.onToggleHidden}>
              {hidden ? t('feedback.show') : t('feedback.hide')}
              {about}
            </button>
          ) : null}
        </div>
      )}
    </article>
  );
}
