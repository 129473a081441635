import type { ProductionContent, TemplateField } from '@peerloom/session-model';

export type FieldState = 'empty' | 'started' | 'filled';

/** One production's progress through the template, as pills and figures on the facilitator's wall. */
export interface ProgressSummary {
  readonly fields: readonly {
    readonly id: string;
    readonly title: string;
    readonly state: FieldState;
    readonly words: number;
  }[];
  readonly started: number;
  readonly filled: number;
  readonly total: number;
  /** Words written in the template's current fields (the "from our answers" quotes are not the group's work). */
  readonly words: number;
  /** Words kept in fields the facilitator removed since. */
  readonly removedWords: number;
}

/** Reads a production's content against the template's current fields, in the template's order. */
export function summarizeProgress(
  template: readonly TemplateField[],
  content: ProductionContent | undefined,
): ProgressSummary {
  const written = content?.fields ?? {};
  const fields = template
    .filter((field) => field.removedAt === null)
    .map((field) => {
      const progress = written[field.id];
      const state: FieldState = progress?.filled ? 'filled' : progress?.started ? 'started' : 'empty';
      return { id: field.id, title: field.title, state, words: progress?.words ?? 0 };
    });
  const removedWords = template
    .filter((field) => field.removedAt !== null)
    .reduce((sum, field) => sum + (written[field.id]?.words ?? 0), 0);
  return {
    fields,
    started: fields.filter((field) => field.state !== 'empty').length,
    filled: fields.filter((field) => field.state === 'filled').length,
    total: fields.length,
    words: fields.reduce((sum, field) => sum + field.words, 0),
    removedWords,
  };
}
