import type { Redis } from 'ioredis';
import type { JoinBounds } from '../http/JoinBounds.ts';
import type { JoinDecision, JoinLimits } from '../http/JoinLimiter.ts';
import type { RedisKeys } from './RedisKeys.ts';

// A token bucket in a hash (tokens, at): refilled to ARGV[1] (ms), then ARGV[4] tokens taken if there are that
// many. Returns the tokens spent afterwards (capacity - tokens), negative when the take was refused.
const TAKE = `
local capacity = tonumber(ARGV[2])
local perSecond = tonumber(ARGV[3])
local now = tonumber(ARGV[1])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) / 1000 * perSecond)
local take = tonumber(ARGV[4])
local refused = tokens < take
if not refused then tokens = tokens - take end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / perSecond * 1000) + 1000)
if refused then return -1 end
return tostring(capacity - tokens)
`;

/**
 * `JoinLimiter`'s rules on buckets kept in Redis, shared by every relay: joins per address and per code, and
 * the wrong codes of an address (slowed, then refused). Each bucket is read and updated by one script.
 */
export class RedisJoinLimiter implements JoinBounds {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly limits: JoinLimits,
    private readonly now: () => number,
  ) {}

  check(address: string, code: string): Promise<JoinDecision> {
    return this.decide(address, code, 'join');
  }

  checkLookup(address: string, code: string): Promise<JoinDecision> {
    return this.decide(address, code, 'lookup');
  }

  async recordWrongCode(address: string): Promise<void> {
    const { wrongCodesBeforeRefusal, wrongCodeForgivePerSecond } = this.limits;
    await this.take('wrong', address, wrongCodesBeforeRefusal * 2, wrongCodeForgivePerSecond, 1);
  }

  private async decide(address: string, code: string, purpose: string): Promise<JoinDecision> {
    const limits = this.limits;
    const wrongCapacity = limits.wrongCodesBeforeRefusal * 2;
    const wrong = Math.round(
      await this.take('wrong', address, wrongCapacity, limits.wrongCodeForgivePerSecond, 0),
    );
    if (wrong >= limits.wrongCodesBeforeRefusal) {
      return { allowed: false, retryAfterSeconds: Math.ceil(1 / limits.wrongCodeForgivePerSecond) };
    }
    const byAddress = await this.take(
      `${purpose}-address`,
      address,
      limits.perAddressBurst,
      limits.perAddressPerSecond,
      1,
    );
    if (byAddress < 0) return { allowed: false, retryAfterSeconds: 1 };
    const byCode = await this.take(`${purpose}-code`, code, limits.perCodeBurst, limits.perCodePerSecond, 1);
    if (byCode < 0) return { allowed: false, retryAfterSeconds: 1 };
    const excess = wrong - limits.wrongCodesBeforeDelay;
    return {
      allowed: true,
      delayMs: excess < 0 ? 0 : Math.min(limits.maxDelayMs, (excess + 1) * limits.delayStepMs),
    };
  }

  private async take(kind: string, key: string, capacity: number, perSecond: number, count: number) {
    const spent = await this.redis.eval(
      TAKE,
      1,
      this.keys.bucket(kind, key),
      String(this.now()),
      String(capacity),
      String(perSecond),
      String(count),
    );
    return Number(spent);
  }
}
