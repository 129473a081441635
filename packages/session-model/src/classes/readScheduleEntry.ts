import { readField } from '../records/readField.ts';
import { CLASS_LIMITS } from '../schema/classLimits.ts';
import { LIMITS } from '../schema/limits.ts';

/** A round of the schedule as stored in `control`, each field checked; null when it is not one. */
export function readScheduledRound(
  value: unknown,
): { order: number; startsAt: number; endsAt: number } | null {
  if (!readField.isPlainObject(value)) return null;
  const order = typeof value.order === 'number' && Number.isFinite(value.order) ? value.order : 0;
  const startsAt = readField.time(value.startsAt);
  return { order, startsAt, endsAt: Math.max(startsAt, readField.time(value.endsAt)) };
}

/** A class of the schedule as stored in `control`, each field checked; null when it is not one. */
export function readScheduledClass(
  value: unknown,
): { roundId: string; productionId: string; title: string; place: string; capacity: number } | null {
  if (!readField.isPlainObject(value)) return null;
  const { roundId, productionId, capacity } = value;
  if (typeof roundId !== 'string' || roundId === '' || typeof productionId !== 'string') return null;
  return {
    roundId,
    productionId,
    title: readField.text(value.title, CLASS_LIMITS.titleLength),
    place: readField.text(value.place, LIMITS.nameLength),
    capacity:
      typeof capacity === 'number' && Number.isFinite(capacity)
        ? Math.max(0, Math.min(CLASS_LIMITS.capacityMax, Math.floor(capacity)))
        : 0,
  };
}
