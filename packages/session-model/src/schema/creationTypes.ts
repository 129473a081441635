import type { ParticipantId } from './ids.ts';
import type { GroupingKind } from './types.ts';

export type { RoleName } from './creationLayout.ts';

export interface TemplateField {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  /** Shown greyed in an empty field, gone when the group writes. */
  readonly example: string;
  /** Removed from the template: the facilitator still sees its text until deleting it on purpose. */
  readonly removedAt: number | null;
}

export interface SeedQuote {
  readonly participantId: ParticipantId;
  readonly name: string;
  readonly text: string;
}

export interface Production {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  readonly place: string;
  readonly label: readonly string[];
  readonly groupingKind: GroupingKind;
  readonly groupId: string;
  readonly members: readonly ParticipantId[];
  readonly formerMembers: readonly ParticipantId[];
  readonly roles: Readonly<Record<'leader' | 'appMaster' | 'timeMaster', ParticipantId | null>>;
  readonly seed: { readonly quotes: readonly SeedQuote[]; readonly terms: readonly string[] } | null;
  readonly createdAt: number;
  /** Left without a group by a regrouping: readable, kept, written only by the facilitator. */
  readonly retired: boolean;
}

/** A countdown in server time; `remainingAt(now)` is the one way screens compute what is left. */
export interface Timer {
  readonly scope: string;
  readonly durationMs: number;
  readonly endsAt: number | null;
  readonly remainingMs: number | null;
  readonly running: boolean;
}

export interface CreationState {
  readonly startFromAnswers: boolean;
  /** The facilitator's message to every group, or null. */
  readonly message: { readonly text: string; readonly sentAt: number } | null;
  /** The field the facilitator brought every group to, or null. */
  readonly focus: { readonly fieldId: string; readonly setAt: number } | null;
}
