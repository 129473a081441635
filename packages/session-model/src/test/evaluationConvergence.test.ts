import { seedFromEnvironment } from '@peerloom/test-kit';
import { describe, expect, it } from 'vitest';
import type { SessionStore } from '../createSessionStore.ts';
import { EVALUATION_REACTION_KINDS } from '../evaluation/evaluationLayout.ts';
import { readEvaluationFor } from '../evaluation/readEvaluationFor.ts';
import { getRubricPresets } from '../evaluation/rubricPresets.ts';
import { selectEvaluationAssignments } from '../evaluation/selectEvaluationAssignments.ts';
import { selectEvaluationResults } from '../evaluation/selectEvaluationResults.ts';
import { openEvaluationCommands } from '../openEvaluationCommands.ts';
import { readSnapshot } from '../readSnapshot.ts';
import { asParticipantId } from '../schema/ids.ts';
import { attempt, createSessionNetwork } from './createSessionNetwork.ts';

const PARTICIPANTS = 6;
const ROUNDS = 10;

describe('co-evaluation converges with seeded random delivery', () => {
  for (const seed of [1, 2, 3, seedFromEnvironment()]) {
    it(`every peer reads the same evaluations, reactions and results, named only as told (seed ${seed})`, () => {
      const { network, now, documentsOf, stores, pick, seedAndJoin } = createSessionNetwork(
        PARTICIPANTS,
        seed,
      );
      const commands = stores.map((store, index) =>
        openEvaluationCommands({ ...documentsOf(index), actor: store.actor, now }),
      );
      const [facilitator, ...participants] = stores as [SessionStore, ...SessionStore[]];
      const [setup, ...evaluators] = commands as [(typeof commands)[number], ...typeof commands];
      seedAndJoin();
      facilitator.commands.saveGrouping('thematic', null, [
        { label: [], members: ['p1', 'p2'] },
        { label: [], members: ['p3', 'p4'] },
        { label: [], members: ['p5', 'p6'] },
      ]);
      facilitator.commands.publishGrouping('thematic');
      facilitator.commands.startProductions();
      const rubric = getRubricPresets('fr')[0]?.rubric;
      if (!rubric) throw new Error('no preset');
      setup.setRubric({
        criteria: rubric.criteria.map((criterion) => ({ ...criterion })),
        commentPrompt: '',
      });
      setup.setEvaluationAssignment({ perGroup: 2, mode: 'together' });
      network.deliverAll();

      const random = network.random;
      for (let round = 0; round < ROUNDS; round++) {
        for (const [index, store] of participants.entries()) {
          const own = evaluators[index];
          if (!own) continue;
          const snapshot = store.getSnapshot();
          const state = readEvaluationFor(documentsOf(index + 1), snapshot);
          const me = asParticipantId(`p${index + 1}`);
          const assigned = selectEvaluationAssignments(
            snapshot.productions,
            state.settings,
          ).byParticipant.get(me);
          const production = pick(assigned ?? []);
          if (random.next() < 0.6 && production) {
            const scores = Object.fromEntries(
              rubric.criteria.map((criterion) => [criterion.id, 1 + Math.floor(random.next() * 4)]),
            );
            attempt(() => own.submitEvaluation(production, { scores, comment: `round ${round}` }));
          } else {
            const mine = snapshot.productions.find((entry) => entry.members.includes(me))?.id;
            const target = pick(state.evaluations.filter((evaluation) => evaluation.productionId === mine));
            const kind = pick(EVALUATION_REACTION_KINDS);
            if (target && kind) attempt(() => own.toggleEvaluationReaction(target.id, kind));
          }
          network.deliverSome();
        }
        // The facilitator tries to name evaluators mid-way: refused once an evaluation reached their device.
        if (round === 3)
          attempt(() => setup.setEvaluationAnonymity({ namedToGroup: true, namedToFacilitator: true }));
        network.deliverSome();
      }
      network.deliverAll();

      const readAll = (index: number) => {
        const { control, room } = documentsOf(index);
        const state = readEvaluationFor({ control, room }, readSnapshot(control, room));
        const names = new Map([...Array(PARTICIPANTS).keys()].map((at) => [`p${at + 1}`, `Person ${at}`]));
        const results = readSnapshot(control, room).productions.map((production) =>
          selectEvaluationResults(state, production.id, { audience: 'group', names }),
        );
        return { state, results };
      };
      const expected = readAll(0);
      for (const peer of network.peers) {
        expect(
          JSON.stringify(readAll(peer.index)),
          `peer ${peer.index} diverged; rerun with SEED=${seed}`,
        ).toBe(JSON.stringify(expected));
      }
      expect(expected.state.evaluations.length, `no evaluation; rerun with SEED=${seed}`).toBeGreaterThan(0);
      for (const evaluation of expected.state.evaluations) {
        const shown = expected.results
          .flatMap((result) => result.comments)
          .find((c) => c.evaluationId === evaluation.id);
        // Named only if the evaluator was told so before writing.
        if (!evaluation.namedToGroup)
          expect(shown?.evaluatorName ?? null, `rerun with SEED=${seed}`).toBeNull();
      }
    });
  }
});
