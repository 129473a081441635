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
      const numbers = values.map((value) =>
        typeof value === 'number' && Number.isFinite(value) ? value : null,
      );
      const known = numbers.filter((value): value is number => value !== null);
      const range = known.length > 0 ? Math.max(...known) - Math.min(...known) : 0;
      if (range === 0) continue;
      for (let left = 0; left < count; left++) {
        const a = numbers[left];
        if (a === null || a === undefined) continue;
        for (let right = left + 1; right < count; right++) {
          const b = numbers[right];
          if (b === null || b === undefined) continue;
          const distance = (weight * Math.abs(a - b)) / range;
          distances[left * count + right] = (distances[left * count + right] ?? 0) + distance;
          distances[right * count + left] = (distances[right * count + left] ?? 0) + distance;
        }
      }
    } else {
      const labels = values.map((value) => (value === null ? null : String(value)));
      for (let left = 0; left < count; left++) {
        if (labels[left] === null) continue;
        for (let right = left + 1; right < count; right++) {
          if (labels[right] === null || labels[right] === labels[left]) continue;
          distances[left * count + right] = (distances[left * count + right] ?? 0) + weight;
          distances[right * count + left] = (distances[right * count + left] ?? 0) + weight;
        }
      }
    }
  }
  return distances;
}
