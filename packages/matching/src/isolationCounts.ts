import type { MinorityIsolation } from './minorityIsolation.ts';

/**
 * Category counts per group and choice field, kept up to date through swaps, with a table per group
 * and field of how its isolated minority members would change if one person of category x left and one
 * of category y came in. The change a swap would cause is then two lookups per field.
 */
export class IsolationCounts {
  /** Isolated (member, field) cases over all groups. */
  total = 0;
  private readonly fields: number;
  /** Per field, number of categories plus one for unknown (the last index). */
  private readonly sides: Int32Array;
  /** Member × field: category, unknown being the last index. */
  private readonly categories: Int32Array;
  /** Per field, where its counts (group × side) and its table (group × side × side) start. */
  private readonly countStart: Int32Array;
  private readonly tableStart: Int32Array;
  private readonly counts: Int32Array;
  /** Change in a group's isolated cases if one of category x left and one of category y came. */
  private readonly tables: Int32Array;
  /** Isolated cases per group × field, and per group. */
  private readonly isolated: Int32Array;
  private readonly perGroup: Int32Array;

  constructor(
    private readonly rule: MinorityIsolation,
    groupOf: ArrayLike<number>,
    groupCount: number,
  ) {
    const fields = rule.fieldCount;
    this.fields = fields;
    this.sides = Int32Array.from({ length: fields }, (_, field) => rule.categoryCount(field) + 1);
    this.countStart = new Int32Array(fields);
    this.tableStart = new Int32Array(fields);
    let counts = 0;
    let tables = 0;
    for (let field = 0; field < fields; field++) {
      const side = this.side(field);
      this.countStart[field] = counts;
      this.tableStart[field] = tables;
      counts += groupCount * side;
      tables += groupCount * side * side;
    }
    this.counts = new Int32Array(counts);
    this.tables = new Int32Array(tables);
    this.categories = new Int32Array(groupOf.length * fields);
    for (let member = 0; member < groupOf.length; member++) {
      for (let field = 0; field < fields; field++) {
        const category = rule.category(field, member);
        const value = category < 0 ? this.side(field) - 1 : category;
        this.categories[member * fields + field] = value;
        this.add(field, groupOf[member] ?? 0, value, 1);
      }
    }
    this.isolated = new Int32Array(groupCount * fields);
    this.perGroup = new Int32Array(groupCount);
    for (let group = 0; group < groupCount; group++) {
      for (let field = 0; field < fields; field++) this.refresh(field, group);
    }
  }

  /** Isolated cases in `group`. */
  inGroup(group: number): number {
    return this.perGroup[group] ?? 0;
  }

  /** Change in isolated cases if `member` (in `from`) and `other` (in `to`) swapped groups. */
  swapChange(member: number, other: number, from: number, to: number): number {
    const { fields, categories, sides, tableStart, tables } = this;
    let change = 0;
    for (let field = 0; field < fields; field++) {
      const leaving = categories[member * fields + field] ?? 0;
      const coming = categories[other * fields + field] ?? 0;
      if (leaving === coming) continue;
      const side = sides[field] ?? 0;
      const start = tableStart[field] ?? 0;
      change +=
        (tables[start + (from * side + leaving) * side + coming] ?? 0) +
        (tables[start + (to * side + coming) * side + leaving] ?? 0);
    }
    return change;
  }

  /**
   * Change in isolated cases if `leaving` (all in `from`) and `coming` (all in `to`, as many) swapped
   * groups, one for one.
   */
  exchangeChange(leaving: readonly number[], coming: readonly number[], from: number, to: number): number {
    const { fields, categories, counts } = this;
    let change = 0;
    for (let field = 0; field < fields; field++) {
      const side = this.side(field);
      const fromStart = (this.countStart[field] ?? 0) + from * side;
      const toStart = (this.countStart[field] ?? 0) + to * side;
      let moved = false;
      for (let index = 0; index < leaving.length; index++) {
        const out = categories[(leaving[index] ?? 0) * fields + field] ?? 0;
        const back = categories[(coming[index] ?? 0) * fields + field] ?? 0;
        if (out === back) continue;
        moved = true;
        counts[fromStart + out] = (counts[fromStart + out] ?? 0) - 1;
        counts[toStart + out] = (counts[toStart + out] ?? 0) + 1;
        counts[toStart + back] = (counts[toStart + back] ?? 0) - 1;
        counts[fromStart + back] = (counts[fromStart + back] ?? 0) + 1;
      }
      if (!moved) continue;
      change +=
        this.rule.isolatedCount(field, counts, fromStart) +
        this.rule.isolatedCount(field, counts, toStart) -
        this.casesAt(from, field) -
        this.casesAt(to, field);
      for (let index = 0; index < leaving.length; index++) {
        const out = categories[(leaving[index] ?? 0) * fields + field] ?? 0;
        const back = categories[(coming[index] ?? 0) * fields + field] ?? 0;
        if (out === back) continue;
        counts[fromStart + out] = (counts[fromStart + out] ?? 0) + 1;
        counts[toStart + out] = (counts[toStart + out] ?? 0) - 1;
        counts[toStart + back] = (counts[toStart + back] ?? 0) + 1;
        counts[fromStart + back] = (counts[fromStart + back] ?? 0) - 1;
      }
    }
    return change;
  }

  /** Records that `member` (in `from`) and `other` (in `to`) swapped groups. */
  applySwap(member: number, other: number, from: number, to: number): void {
    for (let field = 0; field < this.fields; field++) {
      if (this.category(member, field) === this.category(other, field)) continue;
      this.shift(field, member, from, to);
      this.shift(field, other, to, from);
      this.refresh(field, from);
      this.refresh(field, to);
    }
  }

  private side(field: number): number {
    return this.sides[field] ?? 1;
  }

  private category(member: number, field: number): number {
    return this.categories[member * this.fields + field] ?? 0;
  }

  private casesAt(group: number, field: number): number {
    return this.isolated[group * this.fields + field] ?? 0;
  }

  private shift(field: number, member: number, from: number, to: number): void {
    const category = this.category(member, field);
    this.add(field, from, category, -1);
    this.add(field, to, category, 1);
  }

  private add(field: number, group: number, category: number, amount: number): void {
    const slot = (this.countStart[field] ?? 0) + group * this.side(field) + category;
    this.counts[slot] = (this.counts[slot] ?? 0) + amount;
  }

  /** Isolated cases of one group and field with the current counts (unknowns are never isolated). */
  private casesIn(field: number, group: number): number {
    return this.rule.isolatedCount(
      field,
      this.counts,
      (this.countStart[field] ?? 0) + group * this.side(field),
    );
  }

  /** Recomputes the isolated cases of one group and field, and its table. */
  private refresh(field: number, group: number): void {
    const side = this.side(field);
    const now = this.casesIn(field, group);
    const slot = group * this.fields + field;
    const change = now - (this.isolated[slot] ?? 0);
    this.total += change;
    this.perGroup[group] = (this.perGroup[group] ?? 0) + change;
    this.isolated[slot] = now;
    const start = (this.tableStart[field] ?? 0) + group * side * side;
    for (let leaving = 0; leaving < side; leaving++) {
      for (let coming = 0; coming < side; coming++) {
        let after = now;
        if (leaving !== coming) {
          this.add(field, group, leaving, -1);
          this.add(field, group, coming, 1);
          after = this.casesIn(field, group);
          this.add(field, group, coming, -1);
          this.add(field, group, leaving, 1);
        }
        this.tables[start + leaving * side + coming] = after - now;
      }
    }
  }
}
