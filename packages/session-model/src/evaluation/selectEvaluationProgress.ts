import type { ParticipantId } from '../schema/ids.ts';
import type { EvaluationState } from './evaluationTypes.ts';
import type { EvaluationAssignments } from './selectEvaluationAssignments.ts';

/** One evaluating group's work on one production it was assigned. */
export interface EvaluationTask {
  /** The evaluating group's production id. */
  readonly groupId: string;
  readonly productionId: string;
  /** The members assigned to it. */
  readonly assignees: readonly ParticipantId[];
  /** The members of the evaluating group who submitted an evaluation of it. */
  readonly submittedBy: readonly ParticipantId[];
}

export interface EvaluationProgress {
  readonly tasks: readonly EvaluationTask[];
  /** Tasks with at least one evaluation, out of all. */
  readonly done: number;
  readonly total: number;
  /** Production id → how many evaluations it received (assigned or not). */
  readonly received: Readonly<Record<string, number>>;
}

/**
 * Who evaluated what: for each group and each production it was assigned, who was to evaluate it and who
 * did. A task counts as done once one member of the group submitted.
 */
export function selectEvaluationProgress(
  state: EvaluationState,
  assignments: EvaluationAssignments,
): EvaluationProgress {
  const submitted = new Set(
    state.evaluations.map((evaluation) => `${evaluation.evaluatorId}/${evaluation.productionId}`),
  );
  const members = new Map<string, ParticipantId[]>();
  for (const [participantId, groupId] of assignments.groupOf) {
    const list = members.get(groupId) ?? [];
    list.push(participantId);
    members.set(groupId, list);
  }
  const tasks: EvaluationTask[] = [];
  for (const [groupId, productionIds] of assignments.byGroup) {
    const group = members.get(groupId) ?? [];
    for (const productionId of productionIds) {
      tasks.push(
        Object.freeze({
          groupId,
          productionId,
          assignees: Object.freeze(
            group.filter((member) => assignments.byParticipant.get(member)?.includes(productionId)),
          ),
          submittedBy: Object.freeze(group.filter((member) => submitted.has(`${member}/${productionId}`))),
        }),
      );
    }
  }
  const received: Record<string, number> = {};
  for (const evaluation of state.evaluations) {
    received[evaluation.productionId] = (received[evaluation.productionId] ?? 0) + 1;
  }
  return Object.freeze({
    tasks: Object.freeze(tasks),
    done: tasks.filter((task) => task.submittedBy.length > 0).length,
    total: tasks.length,
    received: Object.freeze(received),
  });
}
