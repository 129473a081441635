import type { ThematicInput } from '@peerloom/matching';
import type { ProfileField, SessionSnapshot } from '@peerloom/session-model';
import { bucketNumbers } from './bucketNumbers.ts';

/** What the facilitator chose to match on; a weight of 0 leaves that source out. */
export interface ThematicChoice {
  questions: readonly { questionId: string; weight: number }[];
  tagWeight: number;
  criteria: readonly { field: ProfileField; weight: number }[];
}

/** The worker's inputs and weights, aligned: `weights.texts[i]` is the weight of every `texts[i]`. */
export interface ThematicInputs {
  inputs: ThematicInput[];
  weights: { texts: number[]; tags: number; criteria: Record<string, number> };
  /** How many people answered at least one of the chosen questions. */
  answered: number;
}

/**
 * Everyone on the roster (and anyone who answered) becomes one input, with one text per chosen question
 * ('' when they did not answer it), the tags of those answers, and a criterion per weighted profile field:
 * the chosen option, or for a number the range of about a third of the people it falls in.
 */
export function buildThematicInputs(
  snapshot: Pick<SessionSnapshot, 'roster' | 'answers'>,
  choice: ThematicChoice,
  describeCriterion: (field: ProfileField, value: string) => string,
): ThematicInputs {
  const questions = choice.questions.filter((question) => question.weight > 0);
  const criteria = choice.criteria.filter((criterion) => criterion.weight > 0);
  // An answer the facilitator hid is kept in the session but never groups anyone.
  const visible = snapshot.answers.filter((answer) => !answer.hidden);
  const answers = new Map(visible.map((answer) => [`${answer.questionId}/${answer.participantId}`, answer]));
  const people = [
    ...new Set<string>([
      ...snapshot.roster.map((entry) => entry.participantId),
      ...visible
        .filter((answer) => questions.some((question) => question.questionId === answer.questionId))
        .map((answer) => answer.participantId),
    ]),
  ];
  const profiles = new Map(snapshot.roster.map((entry) => [entry.participantId as string, entry.profile]));
  const profileValue = (participantId: string, field: ProfileField) =>
    profiles.get(participantId)?.[field.id];
  const criterionValues = criteria.map(({ field }) => {
    if (field.kind === 'choice') {
      return people.map((participantId) => {
        const value = profileValue(participantId, field);
        return value === undefined || String(value).trim() === '' ? null : String(value);
      });
    }
    return bucketNumbers(
      people.map((participantId) => {
        const value = profileValue(participantId, field);
        return typeof value === 'number' ? value : null;
      }),
    ).map((range) =>
      range ? (range.low === range.high ? `${range.low}` : `${range.low}–${range.high}`) : null,
    );
  });

  let answered = 0;
  const inputs = people.map((participantId, person) => {
    const chosen = questions.map((question) => answers.get(`${question.questionId}/${participantId}`));
    if (chosen.some((answer) => answer && answer.text.trim() !== '')) answered++;
    const tags = new Map<string, string>();
    for (const tag of chosen.flatMap((answer) => answer?.tags ?? [])) {
      if (tag.trim()) tags.set(tag.trim().toLowerCase(), tag.trim());
    }
    const input: ThematicInput = {
      participantId,
      texts: chosen.map((answer) => answer?.text ?? ''),
      tags: [...tags.values()],
    };
    const personCriteria: Record<string, string> = {};
    criteria.forEach(({ field }, index) => {
      const value = criterionValues[index]?.[person];
      if (value) personCriteria[field.id] = describeCriterion(field, value);
    });
    if (criteria.length > 0) input.criteria = personCriteria;
    return input;
  });
  return {
    inputs,
    weights: {
      texts: questions.map((question) => question.weight),
      tags: choice.tagWeight,
      criteria: Object.fromEntries(criteria.map(({ field, weight }) => [field.id, weight])),
    },
    answered,
  };
}
