const PREFIX = 'plb:';
const PREFIX_BYTES = Buffer.from(PREFIX, 'latin1');
const END = ';'.charCodeAt(0);
const MAX_MARKER_BYTES = 40;

/**
 * The text a bench writer puts in each entry: its sequence number and send time in ASCII. A Yjs update keeps a
 * string's UTF-8 bytes as they are, so a reader finds it in the raw update without a Y.Doc (`findMarkers`).
 */
export function benchMarker(sequence: number, sentAt: number): string {
  return `${PREFIX}${sequence}:${sentAt.toFixed(3)};`;
}

/** Calls `found` for each bench marker in `bytes` from `offset` on, in order. */
export function findMarkers(
  bytes: Uint8Array,
  offset: number,
  found: (sequence: number, sentAt: number) => void,
): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = buffer.indexOf(PREFIX_BYTES, offset);
  while (start >= 0) {
    const textStart = start + PREFIX_BYTES.length;
    const end = buffer.indexOf(END, textStart);
    if (end < 0 || end - textStart > MAX_MARKER_BYTES) return;
    const [sequence, sentAt] = buffer.toString('latin1', textStart, end).split(':').map(Number);
    if (Number.isInteger(sequence) && Number.isFinite(sentAt)) found(sequence as number, sentAt as number);
    start = buffer.indexOf(PREFIX_BYTES, end);
  }
}
