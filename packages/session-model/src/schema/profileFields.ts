/** A question the facilitator asks everyone on joining, used to form diverse groups. */
export interface ProfileField {
  readonly id: string;
  readonly label: string;
  readonly kind: 'choice' | 'number';
  /** The answers offered for a `choice` field. */
  readonly options: readonly string[];
}

/** Ready-made fields the facilitator can pick from; labels are shown as written. */
export const PROFILE_FIELD_PRESETS: readonly ProfileField[] = [
  { id: 'experience', label: 'Years of experience', kind: 'number', options: [] },
  {
    id: 'organisation',
    label: 'Organisation type',
    kind: 'choice',
    options: ['Company', 'Public sector', 'Non-profit', 'Education', 'Other'],
  },
  {
    id: 'age',
    label: 'Age band',
    kind: 'choice',
    options: ['Under 25', '25–34', '35–44', '45–54', '55 and over'],
  },
  {
    id: 'gender',
    label: 'Gender',
    kind: 'choice',
    options: ['Woman', 'Man', 'Non-binary', 'Prefer not to say'],
  },
  {
    id: 'culture',
    label: 'Region of origin',
    kind: 'choice',
    options: ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'],
  },
];

export const isProfileField = (value: unknown): value is ProfileField => {
  if (!value || typeof value !== 'object') return false;
  const field = value as Partial<ProfileField>;
  return (
    typeof field.id === 'string' &&
    typeof field.label === 'string' &&
    (field.kind === 'choice' || field.kind === 'number') &&
    Array.isArray(field.options)
  );
};
