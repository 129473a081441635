import { ROOM_MAPS } from '@peerloom/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openFeedbackCommands } from '../openFeedbackCommands.ts';
import { readFeedbackFor } from '../readFeedbackFor.ts';
import { asCommentId } from '../schema/ids.ts';
import { LIMITS } from '../schema/limits.ts';
import { readContributionOptOut } from '../schema/readPage.ts';
import { createTestSession } from './createTestSession.ts';
import { hostileValues } from './hostileValues.ts';

/**
 * A room where honest people answered and commented, and an attacker wrote every hostile value under keys
 * it owns (as the relay allows), delivered as an update from its own document like any peer's.
 */
function hostileRoom() {
  const session = createTestSession();
  const { facilitator, participant, room } = session;
  facilitator.commands.addQuestion('What do you need?');
  const question = facilitator.getSnapshot().questions[0]?.id;
  if (!question) throw new Error('no question');
  facilitator.commands.setActiveQuestion(question);
  participant('ada', 'Ada').commands.submitAnswer(question, { text: 'Negotiation', tags: ['deal'] });
  participant('bob', 'Bob');
  facilitator.commands.saveGrouping('thematic', null, [{ label: ['deal'], members: ['ada', 'bob'] }]);
  facilitator.commands.publishGrouping('thematic');
  facilitator.commands.startProductions();
  const production = facilitator.getSnapshot().productions[0]?.id ?? '';
  const adaFeedback = openFeedbackCommands({ ...session, actor: participant('ada').actor });
  const honestComment = adaFeedback.addComment(production, 'Clear and useful');

  const attacker = new Y.Doc();
  Y.applyUpdate(attacker, Y.encodeStateAsUpdate(room));
  // A shared type sits in one place only: each entry gets a fresh one.
  const valueAt = (index: number) => {
    const value = values[index];
    return value instanceof Y.AbstractType ? hostileValues()[index] : value;
  };
  const values = hostileValues();
  values.forEach((value, index) => {
    const evil = `evil${index}`;
    attacker.getMap(ROOM_MAPS.roster).set(evil, value);
    attacker.getMap(ROOM_MAPS.answers).set(`${question}/${evil}`, valueAt(index));
    attacker.getMap(ROOM_MAPS.answers).set(`__proto__/${evil}`, valueAt(index));
    attacker.getMap(ROOM_MAPS.comments).set(`${evil}/c${index}`, valueAt(index));
    const replyTo = value instanceof Y.AbstractType ? { nested: true } : value;
    attacker.getMap(ROOM_MAPS.comments).set(`${evil}/reply${index}`, { productionId: production, replyTo });
    attacker.getMap(ROOM_MAPS.reactions).set(`${evil}/__proto__/learned`, valueAt(index));
    attacker.getMap(ROOM_MAPS.contributionOptOut).set(evil, valueAt(index));
  });
  Y.applyUpdate(room, Y.encodeStateAsUpdate(attacker, Y.encodeStateVector(room)));
  return { ...session, question, production, honestComment };
}

describe('a room holding hostile entries from a malicious peer', () => {
  it('the snapshot reader keeps honest people intact and every entry bounded and typed', () => {
    const { facilitator } = hostileRoom();
    const snapshot = facilitator.getSnapshot();
    expect(snapshot.roster.find((entry) => entry.participantId === 'ada')?.name).toBe('Ada');
    const ada = snapshot.answers.find((answer) => answer.participantId === 'ada');
    expect(ada?.text).toBe('Negotiation');
    expect(ada?.tags).toEqual(['deal']);
    for (const entry of snapshot.roster) {
      expect([...entry.name].length).toBeLessThanOrEqual(LIMITS.nameLength);
      expect(Number.isFinite(entry.joinedAt)).toBe(true);
    }
    for (const answer of snapshot.answers) {
      expect([...answer.text].length).toBeLessThanOrEqual(LIMITS.answerLength);
      expect(Array.isArray(answer.tags)).toBe(true);
      expect(Number.isFinite(answer.createdAt) && Number.isFinite(answer.updatedAt)).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the feedback reader keeps the honest comment and leaves prototypes alone', () => {
    const { facilitator, control, room, production, honestComment } = hostileRoom();
    const feedback = readFeedbackFor({ control, room }, facilitator.getSnapshot());
    const comments = feedback.byProduction[production]?.comments ?? [];
    expect(comments.find((comment) => comment.id === honestComment)?.text).toBe('Clear and useful');
    for (const comment of comments) {
      expect(comment.replyTo === null || typeof comment.replyTo === 'string').toBe(true);
      expect([...comment.text].length).toBeLessThanOrEqual(LIMITS.commentLength);
    }
    expect(Object.getPrototypeOf(feedback.byProduction)).toBe(Object.prototype);
    expect(Object.keys(feedback.byProduction)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the page reader counts only real opt-outs', () => {
    const { room } = hostileRoom();
    // Only `true` is an opt-out, whatever else the attacker stored.
    const optedOut = hostileValues().flatMap((value, index) => (value === true ? [`evil${index}`] : []));
    expect(readContributionOptOut(room)).toEqual(optedOut);
  });

  it('commands read the same records: the attacker’s own hostile entries are rewritten clean', () => {
    const { participant, question, session, production, honestComment, control, room } = {
      ...hostileRoom(),
      session: null,
    };
    void session;
    for (const index of hostileValues().keys()) {
      const evil = participant(`evil${index}`);
      evil.commands.joinRoster(`Evil ${index}`);
      evil.commands.submitAnswer(question, { text: `Answer ${index}` });
      const snapshot = evil.getSnapshot();
      const mine = snapshot.roster.find((entry) => entry.participantId === `evil${index}`);
      expect(mine?.name).toBe(`Evil ${index}`);
      expect(mine?.joinedAt).toBeGreaterThan(0);
      const answer = snapshot.answers.find(
        (entry) => entry.participantId === `evil${index}` && entry.questionId === question,
      );
      expect(answer?.text).toBe(`Answer ${index}`);
      expect(answer?.createdAt).toBeGreaterThan(0);
    }
    const bob = openFeedbackCommands({ control, room, actor: participant('bob').actor });
    expect(bob.addComment(production, 'Me too', asCommentId(honestComment))).toBeTruthy();
    for (const index of hostileValues().keys()) {
      expect(() => bob.addComment(production, 'Reply', asCommentId(`reply${index}`))).not.toThrow(TypeError);
    }
  });
});
