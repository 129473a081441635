import type {
  AnonymousAnswer,
  SessionFeedbackForm,
  SessionFeedbackResults,
} from './schema/sessionFeedbackTypes.ts';

/**
 * The current form's results from the released answers: the 1–5 histogram and mean, and the texts, those the
 * facilitator hid apart. Answers to an earlier form are left out.
 */
export function selectSessionFeedbackResults(
  answers: readonly AnonymousAnswer[],
  form: SessionFeedbackForm,
): SessionFeedbackResults {
  const current = answers.filter((answer) => answer.formId === form.formId);
  const histogram: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  let rated = 0;
  for (const answer of current) {
    if (answer.rating === null) continue;
    histogram[answer.rating - 1] = (histogram[answer.rating - 1] ?? 0) + 1;
    sum += answer.rating;
    rated++;
  }
  const withText = current.filter((answer) => answer.text !== '');
  return Object.freeze({
    answers: current,
    histogram,
    average: rated > 0 ? sum / rated : null,
    texts: withText.filter((answer) => !form.hidden.has(answer.id)),
    hiddenTexts: withText.filter((answer) => form.hidden.has(answer.id)),
    batches: current.reduce((most, answer) => Math.max(most, answer.batch), 0),
  });
}
