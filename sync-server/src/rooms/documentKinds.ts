import {
  CONTROL_MAPS,
  type DocKind,
  ID_PATTERN,
  parseDocumentPath,
  SESSION_FEEDBACK,
} from '@peerloom/protocol';
import type * as Y from 'yjs';
import type { PresencePolicy } from './presencePolicy.ts';

export type { DocKind };

export interface DocAddress {
  sessionId: string;
  kind: DocKind;
  /** The group id for `group` documents. */
  groupId: string | null;
  /** Storage and registry key: `SESSION/control`, `SESSION/room`, `SESSION/group/G`. */
  name: string;
}

const DOC_PATH = new RegExp(`^/sync/(${ID_PATTERN})/(.+)$`);

export function parseDocPath(pathname: string): DocAddress | null {
  const match = DOC_PATH.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  const path = parseDocumentPath(match[2]);
  if (!path) return null;
  return { sessionId: match[1], kind: path.kind, groupId: path.groupId, name: `${match[1]}/${match[2]}` };
}

const HUB_PATH = new RegExp(`^/sync/(${ID_PATTERN})/hub$`);

/** The session id of a hub socket's upgrade path `/sync/SESSION/hub`, or null. */
export function parseHubPath(pathname: string): string | null {
  return HUB_PATH.exec(pathname)?.[1] ?? null;
}

/** A document path relative to a session, as hub frames carry it (`control`, `room`, `group/P`). */
export const parseSessionDocPath = (sessionId: string, documentPath: string): DocAddress | null =>
  parseDocPath(`/sync/${sessionId}/${documentPath}`);

/**
 * The one piece of the session schema the relay knows: the control document's root map
 * `groupMembers` holds, per group id, the array of its members' participant ids.
 */
export function readGroupMembers(control: Y.Doc, groupId: string): readonly string[] {
  const members = control.getMap<unknown>(CONTROL_MAPS.groupMembers).get(groupId);
  return Array.isArray(members)
    ? members.filter((member): member is string => typeof member === 'string')
    : [];
}

/**
 * Whether the session has the document at `address`: `control` and `room` always; `group/G` when the
 * control document names G as a production or a group (the keys of `productions` and `groupMembers`).
 */
export function namesDocument(control: () => Y.Doc, address: DocAddress): boolean {
  if (address.kind !== 'group') return true;
  const groupId = address.groupId ?? '';
  const doc = control();
  return (
    doc.getMap<unknown>(CONTROL_MAPS.productions).has(groupId) ||
    doc.getMap<unknown>(CONTROL_MAPS.groupMembers).has(groupId)
  );
}

export const presenceFor = (kind: DocKind): PresencePolicy =>
  kind === 'control' || kind === 'feedback' ? 'none' : kind === 'room' ? 'facilitators' : 'everyone';

/** Whether the facilitator shared the anonymous feedback's results: participants may then read `feedback`. */
export const feedbackShared = (control: Y.Doc): boolean =>
  control.getMap<unknown>(SESSION_FEEDBACK.formMap).get(SESSION_FEEDBACK.sharedKey) === true;
