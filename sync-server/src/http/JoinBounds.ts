import type { JoinDecision } from './JoinLimiter.ts';

/**
 * The join rate bounds the API asks before each join and code lookup: per process (`JoinLimiter`), or shared
 * by every relay of an installation (`RedisJoinLimiter`), so that spreading guesses over relays gains nothing.
 */
export interface JoinBounds {
  check(address: string, code: string): JoinDecision | Promise<JoinDecision>;
  checkLookup(address: string, code: string): JoinDecision | Promise<JoinDecision>;
  recordWrongCode(address: string): void | Promise<void>;
}
