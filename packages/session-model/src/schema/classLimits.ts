/** Bounds of step 5's schedule, enforced by its commands and shown by its screens (the relay does not read them). */
export const CLASS_LIMITS = {
  /** A mini class's title. */
  titleLength: 120,
  /** Most seats one mini class may offer. */
  capacityMax: 500,
} as const;
