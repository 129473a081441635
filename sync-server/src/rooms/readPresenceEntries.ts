import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * One client's entry in a y-protocols awareness update: its id, its clock and its state as UTF-8 JSON,
 * left undecoded (most entries the relay reads are echoes it drops unread).
 */
export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: Uint8Array;
}

/** Decodes an awareness update into its entries; throws on malformed input. */
export function readPresenceEntries(update: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: PresenceEntry[] = [];
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarUint8Array(decoder);
    entries.push({ clientId, clock, state });
  }
  return entries;
}

/** Encodes entries back into an awareness update, in the layout `applyAwarenessUpdate` reads. */
export function writePresenceEntries(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarUint8Array(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
