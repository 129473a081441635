/** Bounds of step 6A (co-evaluation): the facilitator's editor and the participant's form show them, the commands enforce them. */
export const EVALUATION_LIMITS = {
  criteriaMin: 2,
  criteriaMax: 5,
  /** Every criterion is scored on a scale of 1 to `levels`, each level with its description. */
  levels: 4,
  criterionTitleLength: 80,
  levelDescriptionLength: 200,
  commentPromptLength: 200,
  commentLength: 1000,
  /** Evaluations each group gives (and each production receives). */
  perGroupMin: 1,
  perGroupMax: 4,
  perGroupDefault: 2,
} as const;
