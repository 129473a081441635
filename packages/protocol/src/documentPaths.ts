/**
 * The kinds of session document: `control` (facilitator), `room` (everyone), `group/G` (one group), and
 * `feedback` (the relay's anonymous batches: read-only, to the facilitator, and to participants once shared).
 */
export type DocKind = 'control' | 'room' | 'group' | 'feedback';

/** A document path relative to its session, as sockets and hub frames name it. */
export interface DocumentPath {
  kind: DocKind;
  /** The group id for `group` documents, else null. */
  groupId: string | null;
}

/** Session and group ids on the wire: letters, digits, `_` and `-`, at most 64. */
export const ID_PATTERN = '[\\w-]{1,64}';

const RELATIVE_PATH = new RegExp(`^(control|room|feedback|group/(${ID_PATTERN}))$`);

/** `control`, `room` or `group/G`. */
export const documentPath = (kind: DocKind, groupId?: string): string =>
  kind === 'group' ? `group/${groupId ?? ''}` : kind;

/** The kind and group id of a path relative to a session (`control`, `room`, `feedback`, `group/G`), or null. */
export function parseDocumentPath(path: string): DocumentPath | null {
  const match = RELATIVE_PATH.exec(path);
  if (!match?.[1]) return null;
  return match[2] ? { kind: 'group', groupId: match[2] } : { kind: match[1] as DocKind, groupId: null };
}
