/** Numbers per receipt: sender's Yjs client id, its end clock after the keystroke, sent at, received at. */
export const RECEIPT_FIELDS = 4;

/**
 * Every arrival of a keystroke in another member's copy, kept as float64 values so the orchestrator can
 * join them with the relay's forward trace (same `client`/end `clock` key, same CLOCK_MONOTONIC times).
 */
export class KeystrokeReceipts {
  private values = new Float64Array(RECEIPT_FIELDS * 4096);
  private length = 0;

  record(client: number, clock: number, sentAt: number, receivedAt: number): void {
    if (this.length + RECEIPT_FIELDS > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = client;
    this.values[this.length++] = clock;
    this.values[this.length++] = sentAt;
    this.values[this.length++] = receivedAt;
  }

  /** The receipts as bytes, to write to a file the orchestrator reads. */
  toBytes(): Uint8Array {
    return new Uint8Array(this.values.buffer, 0, this.length * Float64Array.BYTES_PER_ELEMENT);
  }
}
