import { CONTROL_MAPS, ROOM_MAPS } from '@peerloom/protocol';
import * as Y from 'yjs';

/** Names of the root types in each document; the one place that knows the stored shape. */
export const controlLayout = {
  session: (doc: Y.Doc) => doc.getMap<unknown>('session'),
  warmup: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('warmup'),
  questions: (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('questions'),
  /** Grouping kind (`diverse`, `thematic`) → the whole grouping as one JSON value; the facilitator is its only writer. */
  groupings: (doc: Y.Doc) => doc.getMap<StoredGrouping>('groupings'),
  /** Group id → member participant ids of published groups; the relay reads it to allow writes to `group/G`. */
  groupMembers: (doc: Y.Doc) => doc.getMap<string[]>(CONTROL_MAPS.groupMembers),
  /** Participant id → the facilitator's decisions about that person (a display name, a removal). */
  participantAdmin: (doc: Y.Doc) => doc.getMap<StoredParticipantAdmin>(CONTROL_MAPS.participantAdmin),
  /** Answer key (`questionId/participantId`) → when the facilitator hid it; the answer itself stays in `room`. */
  hiddenAnswers: (doc: Y.Doc) => doc.getMap<number>('hiddenAnswers'),
  /**
   * How each kind of grouping is formed, shared by every facilitator device. Flat keys so that two devices
   * changing two different settings never overwrite each other: `KIND/sizes` → { min, target, max },
   * `KIND/tags` → weight, `KIND/question/QUESTION_ID` → weight, `KIND/criterion/FIELD_ID` → weight.
   */
  matchingSettings: (doc: Y.Doc) => doc.getMap<unknown>('matchingSettings'),
};

export interface StoredParticipantAdmin {
  /** The name the facilitator gave, shown instead of the one the person typed. */
  name?: string;
  /** Set while the person is removed from the session. */
  removedAt?: number;
}

export const roomLayout = {
  meta: (doc: Y.Doc) => doc.getMap<unknown>(ROOM_MAPS.meta),
  roster: (doc: Y.Doc) => doc.getMap<StoredRosterEntry>(ROOM_MAPS.roster),
  /** Keyed `questionId/participantId`: flat, so two first answers never race to create a nested map. */
  answers: (doc: Y.Doc) => doc.getMap<StoredAnswer>(ROOM_MAPS.answers),
};

export interface StoredRosterEntry {
  name: string;
  joinedAt: number;
  profile?: Record<string, string | number>;
}

export interface StoredGroup {
  id: string;
  /** Shown as "Group N"; kept across regroupings by the new group that holds most of the old one's people. */
  number?: number;
  /** The facilitator's name for the group, and the table or place where it meets ('' when none). */
  name?: string;
  place?: string;
  label: string[];
  members: string[];
  sharedTerms: Record<string, string[]>;
}

export interface StoredGrouping {
  questionId: string | null;
  /** The facilitator's working draft. */
  groups: StoredGroup[];
  locked: string[];
  /** What participants see: the draft as it was when last published. */
  published: StoredGroup[] | null;
  publishedAt: number | null;
  updatedAt: number;
}

export interface StoredAnswer {
  text: string;
  /** The version of the question's wording this answer was written to (absent: the first). */
  questionVersion?: number;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

export const answerKey = (questionId: string, participantId: string) => `${questionId}/${participantId}`;

export function parseAnswerKey(key: string): { questionId: string; participantId: string } | null {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) return null;
  return { questionId: key.slice(0, slash), participantId: key.slice(slash + 1) };
}

export const createYMap = (entries: Record<string, unknown>) => new Y.Map<unknown>(Object.entries(entries));
