import { describe, expect, it } from 'vitest';
import type { SessionStore } from '../createSessionStore.ts';
import { selectCommentThreads, selectReactionCounts } from '../feedbackSelectors.ts';
import { openFeedbackCommands } from '../openFeedbackCommands.ts';
import { readFeedbackFor } from '../readFeedbackFor.ts';
import { asCommentId, asParticipantId } from '../schema/ids.ts';
import { LIMITS } from '../schema/limits.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';

/** Two published groups with their productions: a, b, c in the first; d, e, f in the second. */
function sessionWithProductions() {
  const session = createTestSession();
  const { facilitator, participant } = session;
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) participant(id, `Name ${id}`);
  facilitator.commands.saveGrouping('thematic', null, [
    { label: ['team'], members: ['a', 'b', 'c'] },
    { label: ['boss'], members: ['d', 'e', 'f'] },
  ]);
  facilitator.commands.publishGrouping('thematic');
  facilitator.commands.startProductions();
  const [first, second] = facilitator.getSnapshot().productions.map((production) => production.id);
  if (!first || !second) throw new Error('no productions');
  return {
    ...session,
    first,
    second,
    person: (id: string) => withFeedback(session, session.participant(id)),
    moderator: withFeedback(session, facilitator),
  };
}

let clock = 1_000;

/** A person's snapshots (from their store) and feedback commands (on the same documents), on a clock that ticks. */
function withFeedback(session: ReturnType<typeof createTestSession>, store: SessionStore) {
  const { control, room } = session;
  return {
    feedback: () => readFeedbackFor({ control, room }, store.getSnapshot()),
    commands: openFeedbackCommands({ control, room, actor: store.actor, now: () => clock++ }),
  };
}

const texts = (threads: ReturnType<typeof selectCommentThreads>) =>
  threads.map((thread) => [thread.comment.text, thread.replies.map((reply) => reply.text)]);

describe('comments and reactions', () => {
  it('a comment and its replies show to everyone with the authors’ names, one level deep', () => {
    const { person, first, second } = sessionWithProductions();
    const ada = person('a');
    const dan = person('d');
    const question = dan.commands.addComment(first, '  Why bikes?  ');
    const answer = ada.commands.addComment(first, 'Because they are cheap.', question);
    dan.commands.addComment(first, 'Thanks!', answer);
    ada.commands.addComment(second, 'Nice table.');

    const threads = selectCommentThreads(ada.feedback(), first, { includeHidden: false });
    expect(texts(threads)).toEqual([['Why bikes?', ['Because they are cheap.', 'Thanks!']]]);
    expect(threads[0]?.comment).toMatchObject({ authorId: 'd', authorName: 'Name d', replyTo: null });
    expect(threads[0]?.replies.map((reply) => reply.replyTo)).toEqual([question, question]);
    expect(texts(selectCommentThreads(dan.feedback(), second, { includeHidden: false }))).toEqual([
      ['Nice table.', []],
    ]);
  });

  it('refuses empty, too long, unknown productions and replies to another production’s comment', () => {
    const { person, moderator, first, second } = sessionWithProductions();
    const ada = person('a');
    expect(refusalOf(() => ada.commands.addComment(first, '   '))).toBe('comment_empty');
    expect(refusalOf(() => ada.commands.addComment(first, 'x'.repeat(LIMITS.commentLength + 1)))).toBe(
      'comment_too_long',
    );
    expect(refusalOf(() => ada.commands.addComment(first, '😀'.repeat(LIMITS.commentLength)))).toBeNull();
    expect(refusalOf(() => ada.commands.addComment('nope', 'Hi'))).toBe('not_found');
    const comment = ada.commands.addComment(first, 'Hi');
    expect(refusalOf(() => ada.commands.addComment(second, 'Re', comment))).toBe('not_found');
    expect(refusalOf(() => moderator.commands.addComment(first, 'Hi'))).toBe('not_allowed');
  });

  it('the author edits and deletes their own comment; anyone else is refused', () => {
    const { person, first } = sessionWithProductions();
    const ada = person('a');
    const bo = person('b');
    const comment = ada.commands.addComment(first, 'Frist');
    const reply = bo.commands.addComment(first, 'Typo!', comment);
    expect(refusalOf(() => bo.commands.editComment(comment, 'Hacked'))).toBe('not_allowed');
    expect(refusalOf(() => bo.commands.deleteComment(comment))).toBe('not_allowed');
    expect(refusalOf(() => bo.commands.editComment(asCommentId('missing'), 'x'))).toBe('not_found');

    ada.commands.editComment(comment, 'First');
    const [edited] = selectCommentThreads(bo.feedback(), first, { includeHidden: false });
    expect(edited?.comment).toMatchObject({ text: 'First', editedAt: expect.any(Number) });

    ada.commands.deleteComment(comment);
    const [kept] = selectCommentThreads(bo.feedback(), first, { includeHidden: false });
    expect(kept?.comment).toMatchObject({ deleted: true, text: '' });
    expect(kept?.replies.map((entry) => entry.text)).toEqual(['Typo!']);
    expect(refusalOf(() => ada.commands.editComment(comment, 'Back'))).toBe('not_found');
    expect(refusalOf(() => bo.commands.addComment(first, 'To a deleted one', comment))).toBe('not_found');

    bo.commands.deleteComment(reply);
    expect(selectCommentThreads(bo.feedback(), first, { includeHidden: false })).toEqual([]);
  });

  it('counts one reaction of each kind per person, live, and tells each person their own', () => {
    const { person, first } = sessionWithProductions();
    const ada = person('a');
    const bo = person('b');
    expect(ada.commands.toggleReaction(first, 'learned')).toBe(true);
    expect(bo.commands.toggleReaction(first, 'learned')).toBe(true);
    bo.commands.toggleReaction(first, 'moreplease');
    expect(selectReactionCounts(ada.feedback(), first, asParticipantId('a'))).toEqual({
      learned: { count: 2, mine: true },
      clear: { count: 0, mine: false },
      moreplease: { count: 1, mine: false },
    });
    expect(ada.commands.toggleReaction(first, 'learned')).toBe(false);
    expect(selectReactionCounts(bo.feedback(), first, asParticipantId('b')).learned).toEqual({
      count: 1,
      mine: true,
    });
  });

  it('bounds how many comments one person writes on one production', () => {
    const { person, first, second } = sessionWithProductions();
    const ada = person('a');
    for (let index = 0; index < LIMITS.commentsPerProduction; index++)
      ada.commands.addComment(first, `${index}`);
    expect(refusalOf(() => ada.commands.addComment(first, 'one more'))).toBe('too_many_comments');
    expect(refusalOf(() => ada.commands.addComment(second, 'elsewhere'))).toBeNull();
  });

  it('leaves out the comments and reactions of a person the facilitator removed', () => {
    const { person, facilitator, first } = sessionWithProductions();
    const bo = person('b');
    bo.commands.addComment(first, 'Spam');
    bo.commands.toggleReaction(first, 'clear');
    facilitator.commands.removeParticipant(asParticipantId('b'));
    const feedback = person('a').feedback();
    expect(selectCommentThreads(feedback, first, { includeHidden: true })).toEqual([]);
    expect(selectReactionCounts(feedback, first, null).clear.count).toBe(0);
  });
});
