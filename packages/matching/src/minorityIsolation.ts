import type { ProfileField, ProfileParticipant } from './profileDistances.ts';

/** Counts lone minority members per group for the choice fields. */
export class MinorityIsolation {
  /** Per choice field, per participant, their category (null if unknown). */
  private readonly categories: (string | null)[][];
  private readonly minority: Set<string>[];

  constructor(participants: ProfileParticipant[], fields: ProfileField[]) {
    const choiceFields = fields.filter((field) => field.kind === 'choice');
    this.categories = choiceFields.map((field) =>
      participants.map((participant) => {
        const value = participant.profile[field.key];
        return value === null || value === undefined ? null : String(value);
      }),
    );
    this.minority = this.categories.map((values) => {
      const counts = new Map<string, number>();
      for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
      const known = values.filter((value) => value !== null).length;
      return new Set(
        [...counts].filter(([, count]) => count >= 2 && count / known < 0.5).map(([value]) => value),
      );
    });
  }

  /**
   * Members of `members` who are the only one of their category in the group, where that category is a
   * minority overall (< 50 %) with at least two people; one entry per (member, field).
   */
  isolatedIn(members: number[]): { member: number; field: number }[] {
    const isolated: { member: number; field: number }[] = [];
    this.categories.forEach((values, field) => {
      const counts = new Map<string, number>();
      for (const member of members) {
        const value = values[member];
        if (value !== null && value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      for (const member of members) {
        const value = values[member];
        if (value === null || value === undefined || !this.minority[field]?.has(value)) continue;
        if (counts.get(value) === 1) isolated.push({ member, field });
      }
    });
    return isolated;
  }

  /** Other participants with the same category as `member` in a choice field. */
  peersOf(member: number, field: number): number[] {
    const values = this.categories[field] ?? [];
    const value = values[member];
    return values.flatMap((other, index) => (index !== member && other === value ? [index] : []));
  }

  /** Whether another member of the same category could join (they are not locked into another group). */
  avoidable(member: number, field: number, groupOf: number[], locked: (number | undefined)[]): boolean {
    const values = this.categories[field] ?? [];
    const value = values[member];
    return values.some((other, index) => {
      if (index === member || other !== value) return false;
      const lockedGroup = locked[index];
      return lockedGroup === undefined || lockedGroup === groupOf[member];
    });
  }
}
