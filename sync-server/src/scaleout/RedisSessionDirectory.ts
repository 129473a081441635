import type { Redis } from 'ioredis';
import type { SessionDirectory } from '../storage/SessionDirectory.ts';
import type { SessionRow } from '../storage/SessionRow.ts';
import type { RedisKeys } from './RedisKeys.ts';

// Claims a code for a new session unless an open session holds it, and stores the session, atomically.
const CREATE_SESSION = `
local holder = redis.call('GET', KEYS[1])
if holder then
  local closed = redis.call('HGET', ARGV[1] .. holder, 'closedAt')
  if not closed or closed == '' then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('HSET', KEYS[2], 'id', ARGV[2], 'code', ARGV[3], 'title', ARGV[4], 'language', ARGV[5],
  'facilitatorKeyHash', ARGV[6], 'createdAt', ARGV[7], 'closedAt', '')
return 1
`;

function toSession(record: Record<string, string>): SessionRow | undefined {
  if (!record.id) return undefined;
  return {
    id: record.id,
    code: record.code ?? '',
    title: record.title ?? '',
    language: record.language ?? 'en',
    facilitatorKeyHash: record.facilitatorKeyHash ?? '',
    createdAt: Number(record.createdAt),
    closedAt: record.closedAt ? Number(record.closedAt) : null,
  };
}

/**
 * Sessions, codes, participants and settings in Redis, so that a session created on one relay is joined on
 * any other and a token one relay signs, every relay accepts (the secret is a shared setting).
 */
export class RedisSessionDirectory implements SessionDirectory {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    /** Writes an imported session's documents (the document store's log), before the session exists. */
    private readonly importDocuments: (
      documents: readonly { docName: string; update: Uint8Array }[],
    ) => Promise<void>,
  ) {}

  async createSession(row: Omit<SessionRow, 'closedAt'>): Promise<void> {
    const created = await this.redis.eval(
      CREATE_SESSION,
      2,
      this.keys.code(row.code),
      this.keys.session(row.id),
      this.keys.session(''),
      row.id,
      row.code,
      row.title,
      row.language,
      row.facilitatorKeyHash,
      String(row.createdAt),
    );
    if (created !== 1) throw new Error(`code ${row.code} is taken`);
  }

  async getSessionById(id: string): Promise<SessionRow | undefined> {
    return toSession(await this.redis.hgetall(this.keys.session(id)));
  }

  async getSessionByCode(code: string): Promise<SessionRow | undefined> {
    const id = await this.redis.get(this.keys.code(code));
    return id ? this.getSessionById(id) : undefined;
  }

  async closeSession(id: string, at: number): Promise<void> {
    const key = this.keys.session(id);
    const closedAt = await this.redis.hget(key, 'closedAt');
    if (closedAt === '') await this.redis.hset(key, 'closedAt', String(at));
  }

  async addParticipant(sessionId: string, participantId: string, at: number): Promise<void> {
    await this.redis.zadd(this.keys.participants(sessionId), 'NX', String(at), participantId);
  }

  async hasParticipant(sessionId: string, participantId: string): Promise<boolean> {
    return (await this.redis.zscore(this.keys.participants(sessionId), participantId)) !== null;
  }

  async listParticipants(sessionId: string): Promise<string[]> {
    return this.redis.zrange(this.keys.participants(sessionId), '0', '-1');
  }

  async getSetting(key: string): Promise<string | undefined> {
    return (await this.redis.hget(this.keys.settings(), key)) ?? undefined;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.redis.hset(this.keys.settings(), key, value);
  }

  async claimSetting(key: string, value: string): Promise<string> {
    await this.redis.hsetnx(this.keys.settings(), key, value);
    return (await this.getSetting(key)) ?? value;
  }

  /** The documents first (under a session id nobody knows yet), then the session: a failed import shows nothing. */
  async importSession(
    row: Omit<SessionRow, 'closedAt'>,
    documents: readonly { docName: string; update: Uint8Array }[],
  ): Promise<void> {
    await this.importDocuments(documents);
    await this.createSession(row);
  }
}
