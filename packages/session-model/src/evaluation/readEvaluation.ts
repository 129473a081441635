import type * as Y from 'yjs';
import { parseEvaluation } from '../records/parseEvaluation.ts';
import { parseEvaluationReaction } from '../records/parseEvaluationReaction.ts';
import { parseRubric } from '../records/parseRubric.ts';
import type { Production } from '../schema/creationTypes.ts';
import { asParticipantId, type ParticipantId } from '../schema/ids.ts';
import { evaluationLayout, parsePairKey } from './evaluationLayout.ts';
import { EVALUATION_LIMITS } from './evaluationLimits.ts';
import type {
  Evaluation,
  EvaluationReaction,
  EvaluationSettings,
  EvaluationState,
} from './evaluationTypes.ts';

/** The facilitator's rubric and settings, with their defaults; `anonymityLocked` once any evaluation exists. */
export function readEvaluationSettings(control: Y.Doc, room: Y.Doc): EvaluationSettings {
  const settings = evaluationLayout.settings(control);
  const perGroup = settings.get('perGroup');
  let anonymityLocked = false;
  for (const [key, value] of evaluationLayout.evaluations(room).entries()) {
    if (parsePairKey(key) && parseEvaluation(value)) {
      anonymityLocked = true;
      break;
    }
  }
  return Object.freeze({
    rubric: parseRubric(settings.get('rubric')),
    perGroup:
      Number.isInteger(perGroup) &&
      (perGroup as number) >= EVALUATION_LIMITS.perGroupMin &&
      (perGroup as number) <= EVALUATION_LIMITS.perGroupMax
        ? (perGroup as number)
        : EVALUATION_LIMITS.perGroupDefault,
    mode: settings.get('mode') === 'together' ? 'together' : 'split',
    namedToGroup: settings.get('namedToGroup') === true,
    namedToFacilitator: settings.get('namedToFacilitator') === true,
    projectorResults: settings.get('projectorResults') === true,
    anonymityLocked,
  });
}

/**
 * Every evaluation and reaction that counts: written under its author's key (the key, not the body, says who
 * wrote it), by someone on the roster, of a production that exists and that its evaluator is no member of;
 * reactions only from members of the production evaluated. Sorted, so every device builds the same state.
 */
export function readEvaluation(
  control: Y.Doc,
  room: Y.Doc,
  productions: readonly Production[],
  onRoster: ReadonlySet<string>,
): EvaluationState {
  const byId = new Map(productions.map((production) => [production.id, production]));
  const evaluations: Evaluation[] = [];
  for (const [key, value] of evaluationLayout.evaluations(room).entries()) {
    const parsed = parsePairKey(key);
    const record = parseEvaluation(value);
    if (!parsed || !record || record.productionId !== parsed.targetId) continue;
    const production = byId.get(record.productionId);
    if (!production || !onRoster.has(parsed.participantId)) continue;
    const evaluatorId = asParticipantId(parsed.participantId);
    if (production.members.includes(evaluatorId)) continue;
    evaluations.push(Object.freeze({ ...record, scores: Object.freeze(record.scores), evaluatorId }));
  }
  evaluations.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  // A peer can copy another's evaluation id: colliding ones stay listed, each under an id of its own.
  const uses = new Map<string, number>();
  for (const evaluation of evaluations) uses.set(evaluation.id, (uses.get(evaluation.id) ?? 0) + 1);
  evaluations.forEach((evaluation, index) => {
    if ((uses.get(evaluation.id) ?? 0) > 1) {
      evaluations[index] = Object.freeze({ ...evaluation, id: `${evaluation.id}#${index}` });
    }
  });

  const productionOf = new Map(evaluations.map((evaluation) => [evaluation.id, evaluation.productionId]));
  const reactions: EvaluationReaction[] = [];
  for (const [key, value] of evaluationLayout.reactions(room).entries()) {
    const parsed = parsePairKey(key);
    const record = parseEvaluationReaction(value);
    if (!parsed || !record) continue;
    const participantId: ParticipantId = asParticipantId(parsed.participantId);
    const members = byId.get(productionOf.get(parsed.targetId) ?? '')?.members;
    if (!members?.includes(participantId) || !onRoster.has(participantId)) continue;
    reactions.push(Object.freeze({ participantId, evaluationId: parsed.targetId, kind: record.kind }));
  }
  reactions.sort(
    (a, b) => a.evaluationId.localeCompare(b.evaluationId) || a.participantId.localeCompare(b.participantId),
  );

  return Object.freeze({
    settings: readEvaluationSettings(control, room),
    evaluations: Object.freeze(evaluations),
    reactions: Object.freeze(reactions),
  });
}
