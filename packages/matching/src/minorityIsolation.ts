import type { ProfileField, ProfileParticipant } from './profileDistances.ts';

/**
 * Who counts as an isolated minority member, per choice field. A category is a minority when it holds
 * under half of the known values and at least two people; it is rare when it has fewer than half as
 * many people as the field's most common category. Someone is isolated when they are the only one of a
 * minority category in their group and either their category is rare or one other category makes up
 * more than half of the group's known values: the only woman among men, the only lawyer anywhere, but
 * not the only engineer in a group of two designers and two managers when the three are equally common.
 */
export class MinorityIsolation {
  /** Number of choice fields. */
  readonly fieldCount: number;
  private readonly keys: string[];
  private readonly labels: string[][];
  /** Per choice field, per participant, category index (-1 if unknown). */
  private readonly categoryOf: Int32Array[];
  private readonly minority: Uint8Array[];
  private readonly rare: Uint8Array[];

  constructor(participants: ProfileParticipant[], fields: ProfileField[]) {
    const choiceFields = fields.filter((field) => field.kind === 'choice');
    this.fieldCount = choiceFields.length;
    this.keys = choiceFields.map((field) => field.key);
    this.labels = [];
    this.categoryOf = [];
    this.minority = [];
    this.rare = [];
    for (const field of choiceFields) {
      const index = new Map<string, number>();
      const categoryOf = new Int32Array(participants.length).fill(-1);
      participants.forEach((participant, member) => {
        const value = participant.profile[field.key];
        if (value === null || value === undefined) return;
        const label = String(value);
        if (!index.has(label)) index.set(label, index.size);
        categoryOf[member] = index.get(label) ?? -1;
      });
      const counts = new Array<number>(index.size).fill(0);
      for (const category of categoryOf) if (category >= 0) counts[category] = (counts[category] ?? 0) + 1;
      const known = counts.reduce((sum, count) => sum + count, 0);
      const largest = Math.max(0, ...counts);
      this.labels.push([...index.keys()]);
      this.categoryOf.push(categoryOf);
      this.minority.push(Uint8Array.from(counts, (count) => (count >= 2 && 2 * count < known ? 1 : 0)));
      this.rare.push(Uint8Array.from(counts, (count) => (2 * count < largest ? 1 : 0)));
    }
  }

  /** Category index of `member` in choice field `field`, -1 if unknown. */
  category(field: number, member: number): number {
    return this.categoryOf[field]?.[member] ?? -1;
  }

  /** Number of categories of choice field `field`. */
  categoryCount(field: number): number {
    return this.labels[field]?.length ?? 0;
  }

  /** Whether `member` and `other` share a minority category in some choice field. */
  shareMinority(member: number, other: number): boolean {
    for (let field = 0; field < this.fieldCount; field++) {
      const category = this.category(field, member);
      if (
        category >= 0 &&
        category === this.category(field, other) &&
        this.minority[field]?.[category] === 1
      ) {
        return true;
      }
    }
    return false;
  }

  /** Isolated members in one group of field `field`, given its category counts at `offset` in `counts`. */
  isolatedCount(field: number, counts: Int32Array, offset: number): number {
    const categories = this.categoryCount(field);
    const majority = this.facesMajority(counts, offset, categories);
    let isolated = 0;
    for (let category = 0; category < categories; category++) {
      if (counts[offset + category] === 1 && this.isolates(field, category, majority)) isolated++;
    }
    return isolated;
  }

  /** Isolated members of the group `members`, one entry per (member, choice field). */
  isolatedIn(members: number[]): { member: number; field: number }[] {
    const isolated: { member: number; field: number }[] = [];
    for (let field = 0; field < this.fieldCount; field++) {
      const categories = this.categoryCount(field);
      const counts = new Int32Array(categories);
      for (const member of members) {
        const category = this.category(field, member);
        if (category >= 0) counts[category] = (counts[category] ?? 0) + 1;
      }
      const majority = this.facesMajority(counts, 0, categories);
      for (const member of members) {
        const category = this.category(field, member);
        if (category >= 0 && counts[category] === 1 && this.isolates(field, category, majority)) {
          isolated.push({ member, field });
        }
      }
    }
    return isolated;
  }

  /** Whether another member of the same category could join (they are not locked into another group). */
  avoidable(
    member: number,
    field: number,
    groupOf: ArrayLike<number>,
    locked: (number | undefined)[],
  ): boolean {
    const categoryOf = this.categoryOf[field];
    const category = this.category(field, member);
    if (!categoryOf || category < 0) return false;
    for (let other = 0; other < categoryOf.length; other++) {
      if (other === member || categoryOf[other] !== category) continue;
      const lockedGroup = locked[other];
      if (lockedGroup === undefined || lockedGroup === groupOf[member]) return true;
    }
    return false;
  }

  /** Per choice field key, the rare minority categories, whose members are never left alone. */
  rareMinorities(): Record<string, Set<string>> {
    const result: Record<string, Set<string>> = {};
    this.keys.forEach((key, field) => {
      const labels = this.labels[field] ?? [];
      result[key] = new Set(
        labels.filter(
          (_, category) => this.minority[field]?.[category] === 1 && this.rare[field]?.[category] === 1,
        ),
      );
    });
    return result;
  }

  private isolates(field: number, category: number, facingMajority: boolean): boolean {
    return this.minority[field]?.[category] === 1 && (facingMajority || this.rare[field]?.[category] === 1);
  }

  /** Whether one category holds more than half of the group's known values (and at least two). */
  private facesMajority(counts: Int32Array, offset: number, categories: number): boolean {
    let known = 0;
    let largest = 0;
    for (let category = 0; category < categories; category++) {
      const count = counts[offset + category] ?? 0;
      known += count;
      if (count > largest) largest = count;
    }
    return largest >= 2 && 2 * largest > known;
  }
}
