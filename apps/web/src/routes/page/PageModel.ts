import type { FieldBlock } from '@peerloom/session-model';

/** One member as the page lists them: their name and role (already translated), no id. */
export interface PageMember {
  readonly name: string;
  readonly role: string | null;
}

export interface PageField {
  readonly key: string;
  readonly title: string;
  readonly blocks: readonly FieldBlock[];
  /** Removed from the template while it held text: shown after the others, marked. */
  readonly removed: boolean;
}

/** A name (or "another member") and the words of theirs still in the production. */
export interface PageContribution {
  readonly key: string;
  readonly name: string;
  readonly words: number;
}

export interface PageProductionModel {
  /** The production's id (an anchor on the page; never a participant id). */
  readonly id: string;
  readonly title: string;
  /** The group's "why grouped" terms, joined, or ''. */
  readonly label: string;
  readonly members: readonly PageMember[];
  readonly fields: readonly PageField[];
  readonly contributions: readonly PageContribution[];
  readonly hidden: boolean;
}

/**
 * The session page as plain data, every name and label already resolved: the live page, the HTML export and the
 * Markdown export are three renderings of it, and it holds no participant id, token or key.
 */
export interface PageModel {
  readonly title: string;
  readonly createdAt: number | null;
  readonly language: string;
  readonly questions: readonly string[];
  readonly productions: readonly PageProductionModel[];
}
