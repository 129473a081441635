import * as encoding from 'lib0/encoding';

/** Encodes one hub frame: `varString(documentPath)`, the message type, then what `write` adds. */
export function encodeHubFrame(
  documentPath: string,
  type: number,
  write?: (encoder: encoding.Encoder) => void,
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentPath);
  encoding.writeVarUint(encoder, type);
  write?.(encoder);
  return encoding.toUint8Array(encoder);
}
