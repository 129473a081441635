/** The phases this build offers, in the order of the method; later steps join the list as they ship. */
export const PHASES = ['warmup', 'mix', 'share', 'match'] as const;

export type Phase = (typeof PHASES)[number];

export const isPhase = (value: unknown): value is Phase =>
  typeof value === 'string' && (PHASES as readonly string[]).includes(value);
