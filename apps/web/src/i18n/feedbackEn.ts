import type { Catalog } from './Catalog.ts';

/**
 * English messages of the feedback on productions (reactions, comments, moderation, CSV): loaded with the
 * screens that show it, so the participant route does not carry them during the session's steps.
 */
export const feedbackEn = {
  errors: {
    comment_empty: 'Your comment is empty.',
    comment_too_long: 'Comments can have at most {{max}} characters.',
    comments_closed: 'The facilitator has closed comments: nothing new can be posted.',
    too_many_comments: 'You have written {{max}} comments here, the most one person can.',
  },
  feedback: {
    title: 'Reactions and comments',
    reactionsLabel: 'Reactions',
    reactions: {
      learned: 'Learned something',
      clear: 'Clear',
      moreplease: 'Want to know more',
    },
    reactionCount_one: '{{label}}: {{count}} person',
    reactionCount_other: '{{label}}: {{count}} people',
    count_zero: 'No comments yet',
    count_one: '{{count}} comment',
    count_other: '{{count}} comments',
    commentLabel: 'Your comment',
    replyLabel: 'Your reply to {{name}}',
    editLabel: 'Edit your comment',
    post: 'Post comment',
    postReply: 'Post reply',
    reply: 'Reply',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    confirmDelete: 'Delete this comment? Replies to it stay.',
    confirmDeleteYes: 'Yes, delete',
    deleted: 'Comment deleted by its author.',
    edited: 'edited',
    hiddenBadge: 'Hidden from participants',
    hide: 'Hide',
    show: 'Show again',
    ofComment: 'comment by {{name}}',
    repliesTo: 'Replies to {{name}}',
    formerParticipant: 'a former participant',
    you: 'you',
    closed: 'The facilitator has closed comments and reactions. You can still read them.',
    viewerOnly: 'You are reading through a shared link: open the session from your own device to comment.',
    facilitatorHint:
      'Participants comment here. Hiding a comment keeps it in the session; you can show it again.',
    switchOpen: 'Comments and reactions are open.',
    switchClosed: 'Comments and reactions are closed.',
    close: 'Close comments',
    reopen: 'Reopen comments',
    downloadCsv: 'Download comments and reactions (CSV)',
    csv: {
      production: 'Production',
      type: 'Type',
      author: 'Author',
      text: 'Text',
      count: 'Count',
      comment: 'Comment id',
      replyTo: 'Reply to',
      createdAt: 'Written at',
      editedAt: 'Edited at',
      hidden: 'Hidden',
      typeComment: 'comment',
      typeReply: 'reply',
      typeReaction: 'reaction',
      yes: 'yes',
    },
  },
};

export type FeedbackMessages = Catalog<typeof feedbackEn>;
