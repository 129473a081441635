import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SessionStore } from '../createSessionStore.ts';
import { EVALUATION_LIMITS } from '../evaluation/evaluationLimits.ts';
import { readEvaluationFor } from '../evaluation/readEvaluationFor.ts';
import { getRubricPresets } from '../evaluation/rubricPresets.ts';
import { selectEvaluationAssignments } from '../evaluation/selectEvaluationAssignments.ts';
import { selectEvaluationProgress } from '../evaluation/selectEvaluationProgress.ts';
import { selectEvaluationResults } from '../evaluation/selectEvaluationResults.ts';
import { openEvaluationCommands } from '../openEvaluationCommands.ts';
import { asParticipantId } from '../schema/ids.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';

const PEOPLE = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

/** Three published groups with their productions (a b c, d e f, g h i) and the "project idea" rubric. */
function evaluationSession() {
  const session = createTestSession();
  const { facilitator, participant, control, room } = session;
  for (const id of PEOPLE) participant(id, `Name ${id}`);
  facilitator.commands.saveGrouping('thematic', null, [
    { label: ['one'], members: ['a', 'b', 'c'] },
    { label: ['two'], members: ['d', 'e', 'f'] },
    { label: ['three'], members: ['g', 'h', 'i'] },
  ]);
  facilitator.commands.publishGrouping('thematic');
  facilitator.commands.startProductions();
  let clock = 1_000;
  const withEvaluation = (store: SessionStore) => ({
    store,
    state: () => readEvaluationFor({ control, room }, store.getSnapshot()),
    commands: openEvaluationCommands({ control, room, actor: store.actor, now: () => clock++ }),
  });
  const lead = withEvaluation(facilitator);
  const [preset] = getRubricPresets('en');
  if (!preset) throw new Error('no preset');
  lead.commands.setRubric({
    criteria: preset.rubric.criteria.map((criterion) => ({ ...criterion })),
    commentPrompt: preset.rubric.commentPrompt,
  });
  const person = (id: string) => withEvaluation(participant(id));
  const productionOf = (id: string) =>
    facilitator
      .getSnapshot()
      .productions.find((production) => production.members.includes(asParticipantId(id)))?.id ?? '';
  const assignedTo = (id: string) =>
    selectEvaluationAssignments(
      facilitator.getSnapshot().productions,
      lead.state().settings,
    ).byParticipant.get(asParticipantId(id)) ?? [];
  return { ...session, lead, person, productionOf, assignedTo };
}

const allScores = (level: number) => ({ clarity: level, originality: level, feasibility: level });
const names = new Map(PEOPLE.map((id) => [id, `Name ${id}`]));

describe('co-evaluation', () => {
  it('assigns each group two other productions by default, split among its members', () => {
    const { lead, facilitator, productionOf, assignedTo } = evaluationSession();
    const assignments = selectEvaluationAssignments(
      facilitator.getSnapshot().productions,
      lead.state().settings,
    );
    for (const [group, reviewed] of assignments.byGroup) {
      expect(reviewed).toHaveLength(2);
      expect(reviewed).not.toContain(group);
    }
    const groupOne = ['a', 'b', 'c'].flatMap(assignedTo);
    expect(new Set(groupOne)).toEqual(new Set(assignments.byGroup.get(productionOf('a'))));
    expect(assignedTo('a')).toHaveLength(1);

    lead.commands.setEvaluationAssignment({ perGroup: 1, mode: 'together' });
    expect(assignedTo('a')).toEqual(assignedTo('b'));
    expect(assignedTo('a')).toHaveLength(1);
    expect(refusalOf(() => lead.commands.setEvaluationAssignment({ perGroup: 9, mode: 'split' }))).toBe(
      'settings_invalid',
    );
  });

  it('an evaluation reaches the evaluated group: median and spread per criterion, comments, anonymous by default', () => {
    const { person, productionOf, assignedTo } = evaluationSession();
    const target = assignedTo('a')[0] ?? '';
    const evaluators = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].filter((id) =>
      assignedTo(id).includes(target),
    );
    expect(evaluators.length).toBeGreaterThanOrEqual(2);
    person(evaluators[0] ?? '').commands.submitEvaluation(target, {
      scores: allScores(2),
      comment: '  Clear goal, vague steps.  ',
    });
    person(evaluators[1] ?? '').commands.submitEvaluation(target, {
      scores: { ...allScores(4), clarity: 3 },
      comment: '',
    });

    const member = PEOPLE.find((id) => productionOf(id) === target) ?? '';
    const results = selectEvaluationResults(person(member).state(), target, { audience: 'group', names });
    expect(results.evaluationCount).toBe(2);
    expect(
      results.criteria.map(({ criterionId, median, min, max, levels }) => ({
        criterionId,
        median,
        min,
        max,
        levels,
      })),
    ).toEqual([
      { criterionId: 'clarity', median: 2.5, min: 2, max: 3, levels: [0, 1, 1, 0] },
      { criterionId: 'originality', median: 3, min: 2, max: 4, levels: [0, 1, 0, 1] },
      { criterionId: 'feasibility', median: 3, min: 2, max: 4, levels: [0, 1, 0, 1] },
    ]);
    expect(results.comments.map((comment) => [comment.text, comment.evaluatorName])).toEqual([
      ['Clear goal, vague steps.', null],
    ]);
    expect(
      selectEvaluationResults(person(member).state(), target, { audience: 'facilitator', names }).comments[0]
        ?.evaluatorName,
    ).toBeNull();
  });

  it('names evaluators only where the setting said so before they wrote, and then locks the setting', () => {
    const { lead, person, assignedTo } = evaluationSession();
    lead.commands.setEvaluationAnonymity({ namedToGroup: true, namedToFacilitator: false });
    const target = assignedTo('a')[0] ?? '';
    person('a').commands.submitEvaluation(target, { scores: allScores(3), comment: 'Nice.' });
    const state = lead.state();
    expect(state.settings.anonymityLocked).toBe(true);
    expect(
      selectEvaluationResults(state, target, { audience: 'group', names }).comments[0]?.evaluatorName,
    ).toBe('Name a');
    expect(
      selectEvaluationResults(state, target, { audience: 'facilitator', names }).comments[0]?.evaluatorName,
    ).toBeNull();
    expect(
      refusalOf(() =>
        lead.commands.setEvaluationAnonymity({ namedToGroup: false, namedToFacilitator: true }),
      ),
    ).toBe('evaluation_started');
  });

  it('a looser setting that raced an offline evaluation never names its evaluator', () => {
    const { lead, person, assignedTo, control, room } = evaluationSession();
    const target = assignedTo('a')[0] ?? '';
    // Ada's device is offline: a copy of the documents where the facilitator's later change has not arrived.
    const offlineRoom = new Y.Doc();
    Y.applyUpdate(offlineRoom, Y.encodeStateAsUpdate(room));
    const ada = openEvaluationCommands({
      control: (() => {
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(control));
        return copy;
      })(),
      room: offlineRoom,
      actor: { role: 'participant', participantId: asParticipantId('a') },
    });
    ada.submitEvaluation(target, { scores: allScores(1), comment: 'Written anonymously.' });
    lead.commands.setEvaluationAnonymity({ namedToGroup: true, namedToFacilitator: true });
    Y.applyUpdate(room, Y.encodeStateAsUpdate(offlineRoom));
    const state = person('b').state();
    expect(state.settings.namedToGroup).toBe(true);
    for (const audience of ['group', 'facilitator'] as const) {
      expect(
        selectEvaluationResults(state, target, { audience, names }).comments[0]?.evaluatorName,
      ).toBeNull();
    }
  });

  it('refuses unassigned productions, incomplete scores, too long comments and the wrong roles', () => {
    const { lead, person, productionOf, assignedTo } = evaluationSession();
    const ada = person('a');
    const target = assignedTo('a')[0] ?? '';
    expect(
      refusalOf(() =>
        ada.commands.submitEvaluation(productionOf('a'), { scores: allScores(3), comment: '' }),
      ),
    ).toBe('not_assigned');
    expect(
      refusalOf(() => ada.commands.submitEvaluation(target, { scores: { clarity: 3 }, comment: '' })),
    ).toBe('evaluation_incomplete');
    expect(
      refusalOf(() =>
        ada.commands.submitEvaluation(target, { scores: { ...allScores(3), clarity: 5 }, comment: '' }),
      ),
    ).toBe('evaluation_incomplete');
    expect(
      refusalOf(() =>
        ada.commands.submitEvaluation(target, {
          scores: allScores(3),
          comment: 'x'.repeat(EVALUATION_LIMITS.commentLength + 1),
        }),
      ),
    ).toBe('evaluation_comment_too_long');
    expect(
      refusalOf(() => lead.commands.submitEvaluation(target, { scores: allScores(3), comment: '' })),
    ).toBe('not_allowed');
    expect(
      refusalOf(() => ada.commands.setEvaluationAnonymity({ namedToGroup: true, namedToFacilitator: true })),
    ).toBe('not_allowed');
    expect(refusalOf(() => lead.commands.setRubric({ criteria: [], commentPrompt: '' }))).toBe('rubric_size');
    expect(refusalOf(() => ada.commands.setEvaluationProjectorResults(true))).toBe('not_allowed');
    expect(lead.state().settings.projectorResults).toBe(false);
    lead.commands.setEvaluationProjectorResults(true);
    expect(lead.state().settings.projectorResults).toBe(true);
    expect(
      refusalOf(() =>
        lead.commands.setRubric({
          criteria: [
            { title: 'A', levels: ['1', '2', '3', '4'] },
            { title: 'B', levels: ['1', ' ', '3', '4'] },
          ],
          commentPrompt: '',
        }),
      ),
    ).toBe('rubric_text_empty');
  });

  it('rewriting keeps one evaluation; the evaluated group reacts to each piece of feedback, others may not', () => {
    const { lead, person, productionOf, assignedTo, facilitator } = evaluationSession();
    const target = assignedTo('a')[0] ?? '';
    const ada = person('a');
    const first = ada.commands.submitEvaluation(target, { scores: allScores(2), comment: 'First try' });
    expect(ada.commands.submitEvaluation(target, { scores: allScores(3), comment: 'Second try' })).toBe(
      first,
    );
    const member = PEOPLE.find((id) => productionOf(id) === target) ?? '';
    const other = PEOPLE.find((id) => productionOf(id) !== target && id !== 'a') ?? '';
    const reader = person(member);
    expect(reader.commands.toggleEvaluationReaction(first, 'helpful')).toBe('helpful');
    expect(reader.commands.toggleEvaluationReaction(first, 'unclear')).toBe('unclear');
    expect(refusalOf(() => person(other).commands.toggleEvaluationReaction(first, 'helpful'))).toBe(
      'not_allowed',
    );
    expect(refusalOf(() => reader.commands.toggleEvaluationReaction('missing', 'helpful'))).toBe('not_found');
    const results = selectEvaluationResults(reader.state(), target, {
      audience: 'group',
      names,
      viewer: asParticipantId(member),
    });
    expect(results.evaluationCount).toBe(1);
    expect(results.comments[0]).toMatchObject({
      text: 'Second try',
      reactions: { helpful: 0, unclear: 1 },
      mine: 'unclear',
    });
    expect(reader.commands.toggleEvaluationReaction(first, 'unclear')).toBeNull();

    const progress = selectEvaluationProgress(
      lead.state(),
      selectEvaluationAssignments(facilitator.getSnapshot().productions, lead.state().settings),
    );
    expect(progress.total).toBe(6);
    expect(progress.done).toBe(1);
    expect(progress.received[target]).toBe(1);
    expect(
      progress.tasks.find((task) => task.productionId === target && task.submittedBy.length > 0)?.submittedBy,
    ).toEqual(['a']);
  });
});
