/** Why the guard refused a participant's update; logged and counted, never with the update's content. */
export type WriteRefusalReason =
  | 'foreign_key'
  | 'foreign_delete'
  | 'not_a_map_entry'
  | 'nested_type'
  | 'not_plain'
  | 'too_big'
  | 'missing_dependency'
  /** More keys than `WRITE_LIMITS.entriesPerParticipant`, or more writes at once than the burst. */
  | 'entry_quota'
  /** The participant's write budget is spent for now: closed with 1008, so the client comes back later. */
  | 'write_rate';

/** Thrown by a document room when a write breaks the contract; the socket is closed with `writeRefused`. */
export class WriteRefused extends Error {
  constructor(readonly reason: WriteRefusalReason) {
    super(`write refused: ${reason}`);
    this.name = 'WriteRefused';
  }
}
