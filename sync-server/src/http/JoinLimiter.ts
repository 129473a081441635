import { TokenBucket } from './TokenBucket.ts';

export interface JoinLimits {
  /** Joins one address may make at once; a venue puts everyone behind one address. */
  perAddressBurst: number;
  perAddressPerSecond: number;
  perCodeBurst: number;
  perCodePerSecond: number;
  /** Wrong codes from one address before each further try is slowed down. */
  wrongCodesBeforeDelay: number;
  /** Wrong codes from one address (decaying at `wrongCodeForgivePerSecond`) before tries are refused. */
  wrongCodesBeforeRefusal: number;
  wrongCodeForgivePerSecond: number;
  delayStepMs: number;
  maxDelayMs: number;
}

export const DEFAULT_JOIN_LIMITS: JoinLimits = {
  perAddressBurst: 400,
  perAddressPerSecond: 10,
  perCodeBurst: 400,
  perCodePerSecond: 10,
  wrongCodesBeforeDelay: 20,
  wrongCodesBeforeRefusal: 100,
  wrongCodeForgivePerSecond: 1 / 3,
  delayStepMs: 250,
  maxDelayMs: 4000,
};

export type JoinDecision = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

const MAX_TRACKED = 50_000;

/** Bounds joins per address and per code, and slows, then refuses, an address that keeps guessing codes. */
export class JoinLimiter {
  private readonly byAddress = new Map<string, TokenBucket>();
  private readonly byCode = new Map<string, TokenBucket>();
  private readonly wrongCodes = new Map<string, TokenBucket>();
  private readonly lookupsByAddress = new Map<string, TokenBucket>();
  private readonly lookupsByCode = new Map<string, TokenBucket>();

  constructor(
    private readonly limits: JoinLimits,
    private readonly now: () => number,
  ) {}

  check(address: string, code: string): JoinDecision {
    return this.decide(address, code, this.byAddress, this.byCode);
  }

  /**
   * A code looked up before the name is asked: wrong codes count and are refused exactly as for joins
   * (so a lookup is no brute-force oracle), but rates have their own buckets, so that a venue where
   * everyone looks the code up, then joins, keeps its whole join budget.
   */
  checkLookup(address: string, code: string): JoinDecision {
    return this.decide(address, code, this.lookupsByAddress, this.lookupsByCode);
  }

  private decide(
    address: string,
    code: string,
    byAddress: Map<string, TokenBucket>,
    byCode: Map<string, TokenBucket>,
  ): JoinDecision {
    const now = this.now();
    const wrong = Math.round(this.wrongCodes.get(address)?.used(now) ?? 0);
    if (wrong >= this.limits.wrongCodesBeforeRefusal) {
      return { allowed: false, retryAfterSeconds: Math.ceil(1 / this.limits.wrongCodeForgivePerSecond) };
    }
    const addressBucket = this.bucket(
      byAddress,
      address,
      this.limits.perAddressBurst,
      this.limits.perAddressPerSecond,
    );
    const codeBucket = this.bucket(byCode, code, this.limits.perCodeBurst, this.limits.perCodePerSecond);
    if (!addressBucket.take(now)) return { allowed: false, retryAfterSeconds: 1 };
    if (!codeBucket.take(now)) return { allowed: false, retryAfterSeconds: 1 };
    const excess = wrong - this.limits.wrongCodesBeforeDelay;
    return {
      allowed: true,
      delayMs: excess < 0 ? 0 : Math.min(this.limits.maxDelayMs, (excess + 1) * this.limits.delayStepMs),
    };
  }

  recordWrongCode(address: string): void {
    const capacity = this.limits.wrongCodesBeforeRefusal * 2;
    const bucket = this.bucket(this.wrongCodes, address, capacity, this.limits.wrongCodeForgivePerSecond);
    bucket.take(this.now());
  }

  private bucket(map: Map<string, TokenBucket>, key: string, capacity: number, perSecond: number) {
    let bucket = map.get(key);
    if (!bucket) {
      if (map.size >= MAX_TRACKED) this.prune(map);
      bucket = new TokenBucket(capacity, perSecond, this.now());
      map.set(key, bucket);
    }
    return bucket;
  }

  private prune(map: Map<string, TokenBucket>) {
    const now = this.now();
    for (const [key, bucket] of map) if (bucket.isFull(now)) map.delete(key);
    if (map.size >= MAX_TRACKED) map.clear();
  }
}
