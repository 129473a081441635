/** Bounds on what a person can type; the UI shows them and the commands enforce them. */
export const LIMITS = {
  titleLength: 120,
  nameLength: 60,
  questionLength: 300,
  answerLength: 500,
  tagLength: 30,
  tagsPerAnswer: 5,
  warmupTitleLength: 120,
  warmupNoteLength: 1000,
  urlLength: 2000,
  /** Largest group size a facilitator may ask for. */
  groupSizeMax: 50,
  /** Largest weight of one criterion when matching. */
  matchWeightMax: 2,
  /** A template field's title, hint and example. */
  fieldTitleLength: 120,
  fieldHintLength: 300,
  fieldExampleLength: 1000,
  templateFieldsMax: 20,
  /** The facilitator's message to every group. */
  creationMessageLength: 280,
  /** Longest countdown: a whole session. */
  timerMaxMinutes: 240,
  /** A comment on a production. */
  commentLength: 2000,
  /** Comments (replies included) one person can write on one production: a bound on floods, not on talk. */
  commentsPerProduction: 200,
} as const;

/** What the relay enforces on participant writes, with room to spare over what the commands allow. */
export const WRITE_LIMITS = {
  /**
   * Largest value of one `room` entry, in UTF-8 bytes of its JSON: a comment of `commentLength`
   * characters of four bytes each, plus its fields, fits.
   */
  maxEntryBytes: 16 * 1024,
  /** Deepest nesting of objects and arrays inside one entry's value. */
  maxEntryDepth: 8,
  /**
   * Keys one participant may create in `room` over a session, deleted ones included (Yjs keeps a deleted
   * key's tombstone): a busy 3 h session (roster, a few dozen answers, comments, a reaction per kind on
   * 60 productions, sign-ups) stays under 1,000.
   */
  entriesPerParticipant: 5000,
  /**
   * Entry writes (new, overwritten or deleted values) one participant may make in `room`, over all its
   * connections: a steady rate and a burst. An honest device writes one on each tap, and sends what it
   * wrote offline at once when it reconnects; an update larger than the burst is refused outright.
   */
  entryWritesPerSecond: 20,
  entryWriteBurst: 500,
} as const;

/** How many documents the relay holds open for one connection or one participant at once. */
export const DOCUMENT_LIMITS = {
  /** Documents one hub socket may carry: the session page of a large session (every production) fits. */
  perHub: 256,
  /** Documents one participant may have open over all its sockets and devices. */
  perParticipant: 512,
} as const;
