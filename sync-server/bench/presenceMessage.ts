import * as encoding from 'lib0/encoding';

const MESSAGE_AWARENESS = 1;

/** A y-websocket presence message with one entry, as y-protocols' awareness encodes it: a client's state at a clock. */
export function presenceMessage(clientId: number, clock: number, stateJson: string): Uint8Array {
  const entry = encoding.createEncoder();
  encoding.writeVarUint(entry, 1);
  encoding.writeVarUint(entry, clientId);
  encoding.writeVarUint(entry, clock);
  encoding.writeVarString(entry, stateJson);
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(entry));
  return encoding.toUint8Array(message);
}
