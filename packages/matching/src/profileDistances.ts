/** A profile attribute used for diverse grouping. */
export interface ProfileField {
  key: string;
  kind: 'choice' | 'number';
  weight?: number;
}

/** One participant's profile values (null or missing = unknown). */
export interface ProfileParticipant {
  participantId: string;
  profile: Record<string, string | number | null>;
}

/**
 * Pairwise dissimilarity (row-major N×N) averaged over fields by weight: a choice field contributes 0/1
 * for same/different, a number field the absolute difference divided by the field's range; unknown values
 * contribute 0.
 */
export function profileDistances(participants: ProfileParticipant[], fields: ProfileField[]): Float64Array {
  const count = participants.length;
  const distances = new Float64Array(count * count);
  const totalWeight = fields.reduce((sum, field) => sum + (field.weight ?? 1), 0) || 1;
  for (const field of fields) {
    const weight = (field.weight ?? 1) / totalWeight;
    const values = participants.map((participant) => participant.profile[field.key] ?? null);
    if (field.kind === 'number') {
      // NaN marks unknown: any difference with it is NaN and fails the `>= 0` test below.
      const numbers = Float64Array.from(values, (value) =>
        typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN,
      );
      let low = Number.POSITIVE_INFINITY;
      let high = Number.NEGATIVE_INFINITY;
      for (const value of numbers) {
        if (value < low) low = value;
        if (value > high) high = value;
      }
      if (!(high > low)) continue;
      const scale = weight / (high - low);
      for (let left = 0; left < count; left++) {
        const a = numbers[left] ?? Number.NaN;
        if (Number.isNaN(a)) continue;
        for (let right = left + 1; right < count; right++) {
          const difference = Math.abs(a - (numbers[right] ?? Number.NaN));
          if (!(difference >= 0)) continue;
          distances[left * count + right] = (distances[left * count + right] ?? 0) + scale * difference;
        }
      }
    } else {
      const index = new Map<string, number>();
      const labels = Int32Array.from(values, (value) => {
        if (value === null) return -1;
        const label = String(value);
        if (!index.has(label)) index.set(label, index.size);
        return index.get(label) ?? -1;
      });
      for (let left = 0; left < count; left++) {
        const a = labels[left] ?? -1;
        if (a < 0) continue;
        for (let right = left + 1; right < count; right++) {
          const b = labels[right] ?? -1;
          if (b >= 0 && b !== a)
            distances[left * count + right] = (distances[left * count + right] ?? 0) + weight;
        }
      }
    }
  }
  for (let left = 0; left < count; left++) {
    for (let right = left + 1; right < count; right++) {
      distances[right * count + left] = distances[left * count + right] ?? 0;
    }
  }
  return distances;
}
