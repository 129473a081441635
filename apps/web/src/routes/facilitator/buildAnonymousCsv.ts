import type { AnonymousAnswer } from '@peerloom/session-model';
import { csvCell } from '../page/csvCell.ts';

/** The CSV's words, already translated, so this stays a pure function. */
export interface AnonymousCsvWords {
  batch: string;
  rating: string;
  text: string;
  hidden: string;
  yes: string;
}

/**
 * The current form's released answers as CSV: batch, rating, text, hidden. No identity, no time: the relay
 * never had them with the answers. In the relay's shuffled order within each batch.
 */
export function buildAnonymousCsv(
  answers: readonly AnonymousAnswer[],
  hidden: ReadonlySet<string>,
  words: AnonymousCsvWords,
): string {
  const lines = [[words.batch, words.rating, words.text, words.hidden].map(csvCell).join(',')];
  for (const answer of answers) {
    lines.push(
      [answer.batch, answer.rating ?? '', answer.text, hidden.has(answer.id) ? words.yes : '']
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
