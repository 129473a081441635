/**
 * Names of everything the relays share in Redis, under one prefix (`REDIS_PREFIX`, `peerloom:` by default), so
 * that one Redis can hold several installations, or a test's own.
 */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  /** A document's update log (a stream: `u` an update, `o` owner bindings as JSON, `r` the writing relay). */
  log(docName: string): string {
    return `${this.prefix}log:${docName}`;
  }

  /** A document's checkpoint (a hash: `data` the merged state, `last` the last log id it holds). */
  checkpoint(docName: string): string {
    return `${this.prefix}checkpoint:${docName}`;
  }

  /** Who first wrote with each Yjs client id of a document (a hash, client → owner). */
  owners(docName: string): string {
    return `${this.prefix}owners:${docName}`;
  }

  /** The names of a session's documents that have a log (a set). */
  documents(sessionId: string): string {
    return `${this.prefix}documents:${sessionId}`;
  }

  /** Presence of a document's connections, published by the relay that holds them. */
  presence(docName: string): string {
    return `${this.prefix}presence:${docName}`;
  }

  session(sessionId: string): string {
    return `${this.prefix}session:${sessionId}`;
  }

  /** The session a join code names (the latest; an open session's code is never given to another). */
  code(code: string): string {
    return `${this.prefix}code:${code}`;
  }

  /** A session's participant ids, scored by when the relay issued them. */
  participants(sessionId: string): string {
    return `${this.prefix}participants:${sessionId}`;
  }

  settings(): string {
    return `${this.prefix}settings`;
  }

  /** A join-rate token bucket (`RedisJoinLimiter`). */
  bucket(kind: string, key: string): string {
    return `${this.prefix}bucket:${kind}:${key}`;
  }
}
