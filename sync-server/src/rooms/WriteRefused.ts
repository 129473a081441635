/** Why the guard refused a participant's update; logged and counted, never with the update's content. */
export type WriteRefusalReason =
  | 'foreign_key'
  | 'foreign_delete'
  | 'not_a_map_entry'
  | 'nested_type'
  | 'not_plain'
  | 'too_big'
  | 'missing_dependency';

/** Thrown by a document room when a write breaks the contract; the socket is closed with `writeRefused`. */
export class WriteRefused extends Error {
  constructor(readonly reason: WriteRefusalReason) {
    super(`write refused: ${reason}`);
    this.name = 'WriteRefused';
  }
}
