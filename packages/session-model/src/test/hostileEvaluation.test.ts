import { ROOM_MAPS } from '@peerloom/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EVALUATION_LIMITS } from '../evaluation/evaluationLimits.ts';
import { readEvaluationFor } from '../evaluation/readEvaluationFor.ts';
import { getRubricPresets } from '../evaluation/rubricPresets.ts';
import { selectEvaluationResults } from '../evaluation/selectEvaluationResults.ts';
import { openEvaluationCommands } from '../openEvaluationCommands.ts';
import { asParticipantId } from '../schema/ids.ts';
import { createTestSession } from './createTestSession.ts';
import { hostileValues } from './hostileValues.ts';

/**
 * Two groups (ada + bob, cleo + dan) evaluate each other anonymously; Ada evaluates honestly. An attacker on
 * the roster, in neither group, writes every hostile value under its own evaluation and reaction keys, copies
 * Ada's evaluation id, claims another production in the body, and a member evaluates their own production.
 */
function hostileEvaluations() {
  const session = createTestSession();
  const { facilitator, participant, control, room } = session;
  for (const id of ['ada', 'bob', 'cleo', 'dan', 'evil']) participant(id, `Name ${id}`);
  facilitator.commands.saveGrouping('thematic', null, [
    { label: ['one'], members: ['ada', 'bob'] },
    { label: ['two'], members: ['cleo', 'dan'] },
  ]);
  facilitator.commands.publishGrouping('thematic');
  facilitator.commands.startProductions();
  const productionOf = (id: string) =>
    facilitator.getSnapshot().productions.find((entry) => entry.members.includes(asParticipantId(id)))?.id ??
    '';
  const setup = openEvaluationCommands({ control, room, actor: { role: 'facilitator' } });
  const rubric = getRubricPresets('en')[1]?.rubric;
  if (!rubric) throw new Error('no preset');
  setup.setRubric({ criteria: rubric.criteria.map((criterion) => ({ ...criterion })), commentPrompt: '' });
  setup.setEvaluationAssignment({ perGroup: 1, mode: 'together' });
  const target = productionOf('cleo');
  const ada = openEvaluationCommands({ control, room, actor: participant('ada').actor });
  const honestId = ada.submitEvaluation(target, { scores: { clarity: 4, usefulness: 2 }, comment: 'Honest' });

  const attacker = new Y.Doc();
  Y.applyUpdate(attacker, Y.encodeStateAsUpdate(room));
  const evaluations = attacker.getMap(ROOM_MAPS.evaluations);
  const reactions = attacker.getMap(ROOM_MAPS.evaluationReactions);
  hostileValues().forEach((value, index) => {
    evaluations.set(`evil/${target}${index}`, value);
    reactions.set(`evil/r${index}`, index % 2 ? hostileValues()[index] : { kind: 'helpful', at: -1 });
  });
  evaluations.set(`evil/${target}`, {
    id: honestId,
    productionId: target,
    scores: { clarity: 1, usefulness: 99, __proto__: 4 },
    comment: 'Copycat',
    namedToGroup: true,
    namedToFacilitator: true,
    createdAt: 0,
    updatedAt: 0,
  });
  evaluations.set(`evil/${productionOf('ada')}`, {
    id: 'claims',
    productionId: target,
    scores: {},
    comment: 'x',
  });
  evaluations.set(`cleo/${target}`, {
    id: 'self',
    productionId: target,
    scores: { clarity: 1 },
    comment: 'Own',
  });
  reactions.set(`evil/${honestId}`, { kind: 'unclear', at: 1 });
  Y.applyUpdate(room, Y.encodeStateAsUpdate(attacker, Y.encodeStateVector(room)));
  return { ...session, target, honestId };
}

describe('evaluations holding hostile entries from a malicious peer', () => {
  it('keeps the honest evaluation whole, bounds every other one, and names nobody where the setting says no', () => {
    const { facilitator, control, room, target, honestId } = hostileEvaluations();
    const state = readEvaluationFor({ control, room }, facilitator.getSnapshot());
    const names = new Map(
      facilitator.getSnapshot().roster.map((entry) => [entry.participantId as string, entry.name]),
    );
    for (const evaluation of state.evaluations) {
      expect(evaluation.productionId).toBe(target);
      expect(evaluation.evaluatorId).not.toBe('cleo');
      expect([...evaluation.comment].length).toBeLessThanOrEqual(EVALUATION_LIMITS.commentLength);
      for (const level of Object.values(evaluation.scores)) expect([1, 2, 3, 4]).toContain(level);
    }
    expect(state.evaluations.filter((evaluation) => evaluation.comment === 'Honest')).toHaveLength(1);
    expect(new Set(state.evaluations.map((evaluation) => evaluation.id)).size).toBe(state.evaluations.length);
    expect(state.evaluations.map((evaluation) => evaluation.id)).not.toContain(honestId);
    expect(state.reactions).toEqual([]);
    for (const audience of ['group', 'facilitator'] as const) {
      const results = selectEvaluationResults(state, target, { audience, names });
      expect(results.comments.every((comment) => comment.evaluatorName === null)).toBe(true);
      expect(results.criteria.find((criterion) => criterion.criterionId === 'clarity')?.levels).toEqual([
        1, 0, 0, 1,
      ]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
