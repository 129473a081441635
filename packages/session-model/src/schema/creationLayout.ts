import { CONTROL_MAPS } from '@peerloom/protocol';
import type * as Y from 'yjs';

/** Root maps of the control document for step 4 (create); the facilitator is their only writer. */
export const creationLayout = {
  /** Field id → one field of the template; flat so two facilitator devices editing two fields never clash. */
  templateFields: (doc: Y.Doc) => doc.getMap<StoredTemplateField>('templateFields'),
  /** Production id → the production's record (its group, members, roles, seed); ids outlive regroupings. */
  productions: (doc: Y.Doc) => doc.getMap<StoredProduction>(CONTROL_MAPS.productions),
  /** `room` or a production id → a countdown in server time. */
  timers: (doc: Y.Doc) => doc.getMap<StoredTimer>('timers'),
  /** Step-wide settings: `startFromAnswers` (boolean), `message` (StoredMessage), `focus` (StoredFocus). */
  creation: (doc: Y.Doc) => doc.getMap<unknown>('creation'),
  /** Participant id → how many roles they have held, so roles rotate when groups change. */
  roleHistory: (doc: Y.Doc) => doc.getMap<number>('roleHistory'),
};

export interface StoredTemplateField {
  title: string;
  hint: string;
  example: string;
  /** Position among fields: fields are shown by ascending order, then id. */
  order: number;
  /** Set while the field is removed from the template; its text stays in the productions. */
  removedAt?: number;
}

export type RoleName = 'leader' | 'appMaster' | 'timeMaster';
export const ROLE_NAMES: readonly RoleName[] = ['leader', 'appMaster', 'timeMaster'];

export interface StoredSeedQuote {
  participantId: string;
  name: string;
  text: string;
}

export interface StoredProduction {
  /** Shown as "Group N"; taken from the group it was made for. */
  number: number;
  name: string;
  place: string;
  /** The "why grouped" terms of its group. */
  label: string[];
  groupingKind: 'diverse' | 'thematic';
  /** The published group it belongs to now. */
  groupId: string;
  members: string[];
  /** People who were members before a regrouping moved them; their words stay here. */
  formerMembers: string[];
  roles: Partial<Record<RoleName, string>>;
  /** "Start from our answers": frozen at creation, so every device writes the same first field. */
  seed: { quotes: StoredSeedQuote[]; terms: string[] } | null;
  createdAt: number;
  /** Set when a regrouping left it without a group: read-only for participants, kept for the page. */
  retiredAt?: number;
}

export interface StoredTimer {
  durationMs: number;
  /** Server time at which it reaches zero, while it runs. */
  endsAt: number | null;
  /** Time left while paused. */
  remainingMs: number | null;
  startedAt: number;
}

export interface StoredMessage {
  text: string;
  sentAt: number;
}

export interface StoredFocus {
  fieldId: string;
  setAt: number;
}

/** Name of the root XmlFragment holding one template field's text in a group document. */
export const fieldFragmentName = (fieldId: string) => `field:${fieldId}`;

/** The optional first field, pre-filled from the members' answers. */
export const FROM_ANSWERS_FIELD_ID = 'fromAnswers';
