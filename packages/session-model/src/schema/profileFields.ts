/** A question the facilitator asks everyone on joining, used to form diverse groups. */
export interface ProfileField {
  readonly id: string;
  readonly label: string;
  readonly kind: 'choice' | 'number';
  /** The answers offered for a `choice` field, each once. */
  readonly options: readonly string[];
  /** Smallest and largest value a `number` field accepts (inclusive), when bounded. */
  readonly min?: number;
  readonly max?: number;
}

const isBound = (value: unknown) =>
  value === undefined || (typeof value === 'number' && Number.isFinite(value));

/** A well-formed field: known kind, string options given once each, bounds that are numbers with min ≤ max. */
export const isProfileField = (value: unknown): value is ProfileField => {
  if (!value || typeof value !== 'object') return false;
  const field = value as Partial<ProfileField>;
  return (
    typeof field.id === 'string' &&
    typeof field.label === 'string' &&
    (field.kind === 'choice' || field.kind === 'number') &&
    Array.isArray(field.options) &&
    field.options.every((option) => typeof option === 'string') &&
    new Set(field.options).size === field.options.length &&
    isBound(field.min) &&
    isBound(field.max) &&
    (field.min === undefined || field.max === undefined || field.min <= field.max)
  );
};

/** Whether `value` is an answer `field` accepts: one of its options, or a number within its bounds. */
export function fitsProfileField(field: ProfileField, value: unknown): boolean {
  if (field.kind === 'choice') return typeof value === 'string' && field.options.includes(value);
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    Math.abs(value) < 1e6 &&
    (field.min === undefined || value >= field.min) &&
    (field.max === undefined || value <= field.max)
  );
}
