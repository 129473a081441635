/**
 * The phases this build offers, in the order of the method; `end` closes the session for everyone.
 * Steps 4–6 (create, teach, feedback) join the list before `end` as their screens ship.
 */
export const PHASES = ['warmup', 'mix', 'share', 'match', 'create', 'teach', 'feedback', 'end'] as const;

export type Phase = (typeof PHASES)[number];

export const isPhase = (value: unknown): value is Phase =>
  typeof value === 'string' && (PHASES as readonly string[]).includes(value);
