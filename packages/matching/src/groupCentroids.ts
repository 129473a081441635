import type { SparseVector } from './sparseVector.ts';

/** Running sums of member vectors per group, for cosine similarity of a member to a group. */
export class GroupCentroids {
  readonly members: number[][];
  private readonly sums: Float64Array[];
  private readonly squaredNorms: number[];

  constructor(
    private readonly vectors: SparseVector[],
    featureCount: number,
    groups: number[][],
  ) {
    this.members = groups.map((members) => [...members]);
    this.sums = groups.map(() => new Float64Array(featureCount));
    this.squaredNorms = groups.map(() => 0);
    this.members.forEach((members, group) => {
      for (const member of members) this.shift(member, group, 1);
    });
  }

  /** Cosine similarity of a participant to a group (excluding the participant itself if a member). */
  similarity(member: number, group: number): number {
    const vector = this.vectors[member];
    const sum = this.sums[group];
    if (!vector || !sum || vector.indices.length === 0) return 0;
    let dot = 0;
    let self = 0;
    vector.indices.forEach((feature, entry) => {
      const value = vector.values[entry] ?? 0;
      dot += value * (sum[feature] ?? 0);
      self += value * value;
    });
    let squared = this.squaredNorms[group] ?? 0;
    if (this.members[group]?.includes(member)) {
      dot -= self;
      squared -= 2 * (dot + self) - self;
    }
    return squared > 1e-12 ? dot / Math.sqrt(squared) : 0;
  }

  /** Moves a participant from one group to another. */
  move(member: number, from: number, to: number): void {
    const source = this.members[from];
    const position = source?.indexOf(member) ?? -1;
    if (source && position >= 0) {
      source.splice(position, 1);
      this.shift(member, from, -1);
    }
    this.members[to]?.push(member);
    this.shift(member, to, 1);
  }

  private shift(member: number, group: number, sign: number): void {
    const vector = this.vectors[member];
    const sum = this.sums[group];
    if (!vector || !sum) return;
    let dot = 0;
    let self = 0;
    vector.indices.forEach((feature, entry) => {
      const value = vector.values[entry] ?? 0;
      dot += value * (sum[feature] ?? 0);
      self += value * value;
      sum[feature] = (sum[feature] ?? 0) + sign * value;
    });
    this.squaredNorms[group] = Math.max(0, (this.squaredNorms[group] ?? 0) + 2 * sign * dot + self);
  }
}
