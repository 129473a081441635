import { describe, expect, it } from 'vitest';
import type { SessionStore } from '../createSessionStore.ts';
import { selectCommentThreads } from '../feedbackSelectors.ts';
import { openFeedbackCommands } from '../openFeedbackCommands.ts';
import { readFeedbackFor } from '../readFeedbackFor.ts';
import { asCommentId } from '../schema/ids.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';

function sessionWithProduction() {
  const session = createTestSession();
  const { facilitator, participant } = session;
  for (const id of ['a', 'b', 'c']) participant(id, `Name ${id}`);
  facilitator.commands.saveGrouping('thematic', null, [{ label: ['team'], members: ['a', 'b', 'c'] }]);
  facilitator.commands.publishGrouping('thematic');
  facilitator.commands.startProductions();
  const production = facilitator.getSnapshot().productions[0]?.id;
  if (!production) throw new Error('no production');
  return {
    ...session,
    production,
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

describe('comment moderation', () => {
  it('a hidden comment (and its replies) disappears for participants, stays marked for the facilitator, and comes back', () => {
    const { moderator, person, production } = sessionWithProduction();
    const ada = person('a');
    const bo = person('b');
    const rude = bo.commands.addComment(production, 'Rude');
    ada.commands.addComment(production, 'Hey!', rude);
    ada.commands.addComment(production, 'Fine');
    moderator.commands.hideComment(rude);

    const seen = selectCommentThreads(ada.feedback(), production, { includeHidden: false });
    expect(seen.map((thread) => thread.comment.text)).toEqual(['Fine']);
    const moderated = selectCommentThreads(moderator.feedback(), production, { includeHidden: true });
    expect(moderated[0]?.comment).toMatchObject({ text: 'Rude', hiddenAt: expect.any(Number) });
    expect(moderated[0]?.replies.map((reply) => reply.text)).toEqual(['Hey!']);

    moderator.commands.unhideComment(rude);
    expect(selectCommentThreads(ada.feedback(), production, { includeHidden: false })).toHaveLength(2);
    expect(refusalOf(() => moderator.commands.hideComment(asCommentId('missing')))).toBe('not_found');
    expect(refusalOf(() => ada.commands.hideComment(rude))).toBe('not_allowed');
  });

  it('closed comments refuse new comments, edits and reactions; deleting one’s own still works; reopening allows again', () => {
    const { moderator, person, production } = sessionWithProduction();
    const ada = person('a');
    const comment = ada.commands.addComment(production, 'Before');
    moderator.commands.closeComments();
    expect(ada.feedback().closed).toBe(true);
    expect(refusalOf(() => ada.commands.addComment(production, 'After'))).toBe('comments_closed');
    expect(refusalOf(() => ada.commands.editComment(comment, 'Changed'))).toBe('comments_closed');
    expect(refusalOf(() => ada.commands.toggleReaction(production, 'clear'))).toBe('comments_closed');
    expect(refusalOf(() => ada.commands.deleteComment(comment))).toBeNull();
    expect(refusalOf(() => ada.commands.closeComments())).toBe('not_allowed');
    moderator.commands.openComments();
    expect(refusalOf(() => ada.commands.addComment(production, 'Again'))).toBeNull();
  });
});
