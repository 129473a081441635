import { CloseCode } from './protocol.ts';

/** Why the guard refused an update; logged and counted, never with the update's content. */
export type WriteRefusalReason =
  | 'foreign_key'
  | 'foreign_delete'
  | 'foreign_client'
  | 'not_a_member'
  | 'not_a_map_entry'
  | 'nested_type'
  | 'not_plain'
  | 'too_big'
  | 'missing_dependency'
  /** More keys than `WRITE_LIMITS.entriesPerParticipant`, or more writes at once than the burst. */
  | 'entry_quota'
  /** The participant's write budget is spent for now: closed with 1008, so the client comes back later. */
  | 'write_rate'
  | 'read_only'
  | 'token_expired'
  /** Not a write: the facilitator stopped sharing the anonymous feedback, so participants stop reading it. */
  | 'results_withdrawn';

/**
 * The close code of each refusal: a connection that may write nothing here (a viewer, anyone on the relay's
 * own documents) gets `forbidden`; one whose token expired since it opened gets `unauthorized`, so the device
 * renews its token and reconnects; a spent write rate gets `policy` (1008), so the device comes back later; a write
 * that breaks the content rules gets `writeRefused`.
 */
export function closeCodeOf(reason: WriteRefusalReason): number {
  if (reason === 'read_only' || reason === 'results_withdrawn') return CloseCode.forbidden;
  if (reason === 'token_expired') return CloseCode.unauthorized;
  if (reason === 'write_rate') return CloseCode.policy;
  return CloseCode.writeRefused;
}

/** Thrown by a document room when a write breaks the contract; the socket is closed with `closeCodeOf(reason)`. */
export class WriteRefused extends Error {
  constructor(readonly reason: WriteRefusalReason) {
    super(`write refused: ${reason}`);
    this.name = 'WriteRefused';
  }
}
