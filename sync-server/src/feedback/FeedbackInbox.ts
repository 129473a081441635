import { createHmac } from 'node:crypto';
import Database from 'better-sqlite3';
import { createSecret } from '../auth/secrets.ts';

/** An answer waiting for its batch: a random id, its form and what was answered; nothing about who or when. */
export interface QueuedAnswer {
  id: string;
  rating: number | null;
  text: string;
}

// WITHOUT ROWID: rows are kept in the order of their random keys, so neither table records arrival order,
// and nothing lines a hash up with an answer. secure_delete overwrites a released answer's bytes on disk.
const schema = `
CREATE TABLE IF NOT EXISTS feedback_answered (hash TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS feedback_queue (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL, form_id TEXT NOT NULL, rating INTEGER, text TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS feedback_queue_form ON feedback_queue(session_id, form_id);
`;

/**
 * The relay's side of anonymous feedback, on its own connection to the relay's SQLite file: which
 * (session, form, participant) already answered, as a keyed hash only, and the answers not yet released, with
 * no identity. The two are written in one transaction, so an answer is queued exactly when its hash is new.
 */
export class FeedbackInbox {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly accept: (
    hash: string,
    answer: QueuedAnswer & { sessionId: string; formId: string },
  ) => boolean;

  constructor(
    file: string,
    private readonly secret: string,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.exec(schema);
    this.statements = {
      answered: this.db.prepare('INSERT OR IGNORE INTO feedback_answered (hash) VALUES (?)'),
      queue: this.db.prepare(
        'INSERT INTO feedback_queue (id, session_id, form_id, rating, text) VALUES (?, ?, ?, ?, ?)',
      ),
      pending: this.db.prepare(
        'SELECT id, rating, text FROM feedback_queue WHERE session_id = ? AND form_id = ? ORDER BY id',
      ),
      remove: this.db.prepare('DELETE FROM feedback_queue WHERE id = ?'),
    };
    this.accept = this.db.transaction((hash, answer) => {
      if (this.statements.answered.run(hash).changes === 0) return false;
      this.statements.queue.run(answer.id, answer.sessionId, answer.formId, answer.rating, answer.text);
      return true;
    });
  }

  /** Queues an answer unless this participant already answered this form; returns whether it was queued. */
  submit(
    sessionId: string,
    formId: string,
    participantId: string,
    answer: { rating: number | null; text: string },
  ): boolean {
    const hash = createHmac('sha256', this.secret)
      .update(`${sessionId}\n${formId}\n${participantId}`)
      .digest('base64url');
    return this.accept(hash, { id: createSecret(12), sessionId, formId, ...answer });
  }

  /** The answers of a form not yet released. */
  pending(sessionId: string, formId: string): QueuedAnswer[] {
    return this.statements.pending.all(sessionId, formId) as QueuedAnswer[];
  }

  /** Forgets released answers (their bytes overwritten on disk). */
  remove(ids: readonly string[]): void {
    this.db.transaction(() => {
      for (const id of ids) this.statements.remove.run(id);
    })();
  }

  close(): void {
    this.db.close();
  }
}
