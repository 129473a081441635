import {
  type FeedbackState,
  type Production,
  REACTION_KINDS,
  type ReactionKind,
  type SessionSnapshot,
  selectCommentThreads,
  selectReactionCounts,
} from '@peerloom/session-model';
import { csvCell } from './csvCell.ts';

/** The words a CSV needs, already translated, so this stays a pure function. */
export interface FeedbackCsvWords {
  headers: {
    production: string;
    type: string;
    author: string;
    text: string;
    count: string;
    comment: string;
    replyTo: string;
    createdAt: string;
    editedAt: string;
    hidden: string;
  };
  types: { comment: string; reply: string; reaction: string };
  reactions: Record<ReactionKind, string>;
  yes: string;
  formerParticipant: string;
  productionTitle: (production: Production) => string;
}

const isoTime = (time: number | null) => (time === null ? '' : new Date(time).toISOString());

/**
 * Comments and reactions of every production as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets
 * read accents): per production, one row per reaction kind with its count, then one row per comment or reply.
 * Authors appear by name only: no participant id, no token. Hidden comments only with `includeHidden`
 * (the facilitator's export), marked; deleted ones never.
 */
export function buildFeedbackCsv(
  snapshot: SessionSnapshot,
  feedback: FeedbackState,
  words: FeedbackCsvWords,
  options: { includeHidden: boolean },
): string {
  const { headers } = words;
  const rows: (string | number)[][] = [
    [
      headers.production,
      headers.type,
      headers.author,
      headers.text,
      headers.count,
      headers.comment,
      headers.replyTo,
      headers.createdAt,
      headers.editedAt,
      headers.hidden,
    ],
  ];
  for (const production of snapshot.productions) {
    const title = words.productionTitle(production);
    const counts = selectReactionCounts(feedback, production.id, null);
    for (const kind of REACTION_KINDS) {
      rows.push([
        title,
        words.types.reaction,
        '',
        words.reactions[kind],
        counts[kind].count,
        '',
        '',
        '',
        '',
        '',
      ]);
    }
    for (const { comment, replies } of selectCommentThreads(feedback, production.id, options)) {
      for (const entry of [comment, ...replies]) {
        if (entry.deleted) continue;
        rows.push([
          title,
          entry.replyTo === null ? words.types.comment : words.types.reply,
          entry.authorName || words.formerParticipant,
          entry.text,
          '',
          entry.id,
          entry.replyTo ?? '',
          isoTime(entry.createdAt),
          isoTime(entry.editedAt),
          entry.hiddenAt === null ? '' : words.yes,
        ]);
      }
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
