import { seedFromEnvironment } from '@peerloom/test-kit';
import { describe, expect, it } from 'vitest';
import type { SessionStore } from '../createSessionStore.ts';
import { openFeedbackCommands } from '../openFeedbackCommands.ts';
import { readFeedbackFor } from '../readFeedbackFor.ts';
import { readSnapshot } from '../readSnapshot.ts';
import { REACTION_KINDS } from '../schema/feedbackLayout.ts';
import { asParticipantId } from '../schema/ids.ts';
import { attempt, createSessionNetwork } from './createSessionNetwork.ts';

const PARTICIPANTS = 5;
const ROUNDS = 12;

describe('feedback converges with seeded random delivery', () => {
  for (const seed of [1, 2, 3, seedFromEnvironment()]) {
    it(`every peer reads the same comments, replies, reactions and moderation (seed ${seed})`, () => {
      const { network, now, documentsOf, stores, pick, seedAndJoin } = createSessionNetwork(
        PARTICIPANTS,
        seed,
      );
      const [facilitator, ...participants] = stores as [SessionStore, ...SessionStore[]];
      const feedback = network.peers.map((peer, index) =>
        openFeedbackCommands({
          control: peer.doc('control'),
          room: peer.doc('room'),
          actor: (stores[index] as SessionStore).actor,
          now,
        }),
      );
      const [moderation, ...said] = feedback as [(typeof feedback)[number], ...typeof feedback];
      seedAndJoin();
      facilitator.commands.saveGrouping('thematic', null, [
        { label: [], members: ['p1', 'p2', 'p3'] },
        { label: [], members: ['p4', 'p5'] },
      ]);
      facilitator.commands.publishGrouping('thematic');
      facilitator.commands.startProductions();
      network.deliverAll();

      const random = network.random;
      for (let round = 0; round < ROUNDS; round++) {
        for (const [index, store] of participants.entries()) {
          const commands = said[index];
          if (!commands) continue;
          const snapshot = store.getSnapshot();
          const known0 = readFeedbackFor(documentsOf(index + 1), snapshot);
          const production = pick(snapshot.productions)?.id;
          if (!production) continue;
          const known = known0.byProduction[production]?.comments ?? [];
          const roll = random.next();
          if (roll < 0.35) attempt(() => commands.addComment(production, `round ${round}`));
          else if (roll < 0.55) {
            const target = pick(known);
            if (target) attempt(() => commands.addComment(production, `reply ${round}`, target.id));
          } else if (roll < 0.85) {
            const kind = pick(REACTION_KINDS);
            if (kind) attempt(() => commands.toggleReaction(production, kind));
          } else {
            const own = pick(
              known.filter((comment) => comment.authorId === asParticipantId(`p${index + 1}`)),
            );
            if (own && random.next() < 0.5) attempt(() => commands.editComment(own.id, `edited ${round}`));
            else if (own) attempt(() => commands.deleteComment(own.id));
          }
          network.deliverSome();
        }
        const every = Object.values(
          readFeedbackFor(documentsOf(0), facilitator.getSnapshot()).byProduction,
        ).flatMap((entry) => entry.comments);
        const target = pick(every);
        if (target && random.next() < 0.3) moderation.hideComment(target.id);
        if (random.next() < 0.1) moderation.closeComments();
        else if (random.next() < 0.3) moderation.openComments();
        network.deliverSome();
      }
      network.deliverAll();

      const [first] = network.peers;
      if (!first) throw new Error('no peers');
      const expected = readFeedbackFor(documentsOf(0), readSnapshot(first.doc('control'), first.doc('room')));
      for (const peer of network.peers) {
        const seen = readFeedbackFor(
          documentsOf(peer.index),
          readSnapshot(peer.doc('control'), peer.doc('room')),
        );
        expect(JSON.stringify(seen), `peer ${peer.index} diverged; rerun with SEED=${seed}`).toBe(
          JSON.stringify(expected),
        );
      }
      const comments = Object.values(expected.byProduction).flatMap((entry) => entry.comments);
      expect(comments.length, `no comment was written; rerun with SEED=${seed}`).toBeGreaterThan(0);
      const byId = new Map(comments.map((comment) => [comment.id, comment]));
      for (const comment of comments) {
        if (comment.replyTo === null) continue;
        // Replies stay one level deep and on the same production, whatever order the edits arrived in.
        expect(byId.get(comment.replyTo)?.replyTo, `rerun with SEED=${seed}`).toBeNull();
        expect(byId.get(comment.replyTo)?.productionId, `rerun with SEED=${seed}`).toBe(comment.productionId);
      }
    });
  }
});
