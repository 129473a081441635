import type { CreationState, Production, TemplateField, Timer } from './creationTypes.ts';
import type { ParticipantId, QuestionId, SessionId, WarmupItemId } from './ids.ts';
import type { Language } from './limits.ts';
import type { Phase } from './phases.ts';
import type { ProfileField } from './profileFields.ts';

export interface WarmupItem {
  readonly id: WarmupItemId;
  readonly title: string;
  readonly url: string;
  readonly note: string;
}

export interface Question {
  readonly id: QuestionId;
  readonly text: string;
  readonly createdAt: number;
  /** 1 for the first wording, +1 at each edit. */
  readonly version: number;
  /** Earlier wordings, oldest first: `previousTexts[v - 1]` is the wording of version v. */
  readonly previousTexts: readonly string[];
}

export interface RosterEntry {
  readonly participantId: ParticipantId;
  /** The name to show: the facilitator's, if they renamed the person, else the one the person typed. */
  readonly name: string;
  /** The name the person typed. */
  readonly ownName: string;
  readonly joinedAt: number;
  readonly profile: Readonly<Record<string, string | number>>;
}

export type GroupingKind = 'diverse' | 'thematic';

export interface Group {
  readonly id: string;
  /** "Group N": stable across regroupings and moves, unique within the grouping. */
  readonly number: number;
  /** The facilitator's name for the group, '' when none (screens then say "Group N"). */
  readonly name: string;
  /** Where the group meets (a table, a room), '' when none. */
  readonly place: string;
  /** The group's most distinctive terms ("why grouped"), empty for diverse groups. */
  readonly label: readonly string[];
  readonly members: readonly ParticipantId[];
  /** Per member: the terms they share with the group. */
  readonly sharedTerms: Readonly<Record<string, readonly string[]>>;
}

export interface Grouping {
  readonly kind: GroupingKind;
  readonly questionId: string | null;
  readonly groups: readonly Group[];
  readonly locked: readonly ParticipantId[];
  readonly published: readonly Group[] | null;
  readonly publishedAt: number | null;
}

/** Minimum, target and maximum people per group. */
export interface GroupSizes {
  readonly min: number;
  readonly target: number;
  readonly max: number;
}

/** How one kind of grouping is formed; the same on every facilitator device. */
export interface MatchingSettings {
  readonly sizes: GroupSizes;
  /** Question id → weight of its answers; a question not listed takes the screen's default. */
  readonly questionWeights: Readonly<Record<string, number>>;
  readonly tagWeight: number;
  /** Profile field id → weight; a field not listed weighs 0. */
  readonly criteriaWeights: Readonly<Record<string, number>>;
}

export interface Answer {
  readonly questionId: QuestionId;
  readonly participantId: ParticipantId;
  readonly authorName: string;
  readonly text: string;
  readonly tags: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
  /** The version of the question's wording it answers. */
  readonly questionVersion: number;
  /** Hidden by the facilitator: kept, shown only to the facilitator (as hidden) and to its author. */
  readonly hidden: boolean;
}

/** Everything a screen reads, frozen; a new object only when a document changed. */
export interface SessionSnapshot {
  /** False until the facilitator's seed has reached this device. */
  readonly ready: boolean;
  /** True when a newer app wrote a shape this build does not know. */
  readonly unsupported: boolean;
  readonly sessionId: SessionId | null;
  readonly title: string;
  readonly language: Language;
  readonly joinCode: string;
  readonly phase: Phase;
  readonly activeQuestionId: QuestionId | null;
  readonly warmup: readonly WarmupItem[];
  readonly questions: readonly Question[];
  /** Everyone in the session, minus the people the facilitator removed. */
  readonly roster: readonly RosterEntry[];
  /** People the facilitator removed: their answers are left out of `answers`; the facilitator can restore them. */
  readonly removed: readonly RosterEntry[];
  /** Answers of people on the roster, hidden ones included (flagged); selectors leave hidden ones out. */
  readonly answers: readonly Answer[];
  readonly profileFields: readonly ProfileField[];
  readonly groupings: Readonly<Record<GroupingKind, Grouping | null>>;
  readonly matchingSettings: Readonly<Record<GroupingKind, MatchingSettings>>;
  /** Step 4's template, in order, removed fields included (flagged by `removedAt`). */
  readonly template: readonly TemplateField[];
  /** Every production, active ones first; retired ones are kept, read-only. */
  readonly productions: readonly Production[];
  /** `room` or a production id → its countdown. */
  readonly timers: Readonly<Record<string, Timer>>;
  readonly creation: CreationState;
}

export type Actor =
  | { readonly role: 'facilitator' }
  | { readonly role: 'participant'; readonly participantId: ParticipantId }
  | { readonly role: 'viewer' };

/** The origin of every transaction a command makes, so observers can tell who changed what. */
export interface CommandOrigin {
  readonly source: 'command';
  readonly command: string;
  readonly actor: Actor;
}
