import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const SYNC = 0;
const AWARENESS = 1;

/**
 * A minimal y-websocket client for the relay's warm-up: it syncs one document over a real socket,
 * sends its own changes and its own presence, and applies what it receives, as a device does.
 */
export class ScratchClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Resolves once the relay's state has been received; rejects if the socket closes or fails first. */
  readonly synced: Promise<void>;
  private readonly socket: WebSocket;

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.synced = new Promise((resolve, reject) => {
      this.socket.on('open', () => {
        this.send(SYNC, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
      });
      this.socket.on('message', (data: Buffer) => {
        if (this.receive(new Uint8Array(data)) === syncProtocol.messageYjsSyncStep2) resolve();
      });
      this.socket.on('close', (code) => reject(new Error(`warm-up socket closed with ${code}`)));
      this.socket.on('error', reject);
    });
    this.synced.catch(() => {});
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(SYNC, (encoder) => syncProtocol.writeUpdate(encoder, update));
    });
    this.awareness.on('update', (_changes: unknown, origin: unknown) => {
      if (origin !== 'local') return;
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
      this.send(AWARENESS, (encoder) => encoding.writeVarUint8Array(encoder, update));
    });
  }

  /** Closes the socket and stops the presence timer. */
  close(): void {
    this.awareness.destroy();
    this.doc.destroy();
    this.socket.close();
  }

  /** Applies one message from the relay, answering sync step 1; returns the sync message type, or -1. */
  private receive(message: Uint8Array): number {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
      return -1;
    }
    if (type !== SYNC) return -1;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SYNC);
    const syncType = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
    if (encoding.length(encoder) > 1) this.socket.send(encoding.toUint8Array(encoder));
    return syncType;
  }

  private send(type: number, write: (encoder: encoding.Encoder) => void): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    write(encoder);
    this.socket.send(encoding.toUint8Array(encoder));
  }
}
