import type { ThematicInputs } from './buildThematicInputs.ts';

/**
 * What "Match" would group on: `answers` (someone answered a chosen question), `profileOnly` (no answer to
 * group on, but a profile field is weighted), or why there is nothing: `nobody` on the roster,
 * `nothingChosen` (no question and no profile field weighted), `noAnswers` (questions chosen, nobody
 * answered them, no profile field weighted).
 */
export type MatchReadiness = 'answers' | 'profileOnly' | 'nobody' | 'nothingChosen' | 'noAnswers';

/** Whether the facilitator can match now, and on what; tags alone come from answers, so they never suffice. */
export function matchReadiness(built: Pick<ThematicInputs, 'inputs' | 'weights' | 'answered'>): {
  readiness: MatchReadiness;
  canMatch: boolean;
} {
  const criteria = Object.values(built.weights.criteria).some((weight) => weight > 0);
  const readiness: MatchReadiness =
    built.inputs.length === 0
      ? 'nobody'
      : built.answered > 0
        ? 'answers'
        : criteria
          ? 'profileOnly'
          : built.weights.texts.length === 0
            ? 'nothingChosen'
            : 'noAnswers';
  return { readiness, canMatch: readiness === 'answers' || readiness === 'profileOnly' };
}
