/** Shared with the relay and the app through the contract. */
export { LIMITS } from '@peerloom/protocol';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
