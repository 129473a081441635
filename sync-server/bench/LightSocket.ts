import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket, { type RawData } from 'ws';
import { presenceMessage } from './presenceMessage.ts';
import type { TrafficMeter } from './trafficMeter.ts';

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** The update that carries nothing: no client, no delete set. */
const EMPTY_UPDATE = new Uint8Array([0, 0]);
/** The state vector of a document that has nothing. */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);

export interface LightSocketSpec {
  serverUrl: string;
  path: string;
  params: Record<string, string>;
  /** This device's state vector for sync step 1 (its own writes); empty when it holds nothing. */
  stateVector?: () => Uint8Array;
  /** What the server lacks, given its state vector (sync step 2); empty when the device holds nothing. */
  missing?: (serverStateVector: Uint8Array) => Uint8Array;
  /** Called with every document update the server sends after the first sync (sync step 2 included). */
  onUpdate?: (update: Uint8Array) => void;
}

function toBytes(data: RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function syncMessage(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/**
 * One document of a bench device on raw y-websocket frames, with no Y.Doc of its own: it answers the
 * server's sync step 1, reports the updates it receives as bytes (the caller decodes only what it times),
 * sends updates and presence as the app does, and ignores the rest (presence of others, acknowledgements).
 * It never reconnects: a close after the first sync is counted, and what it misses shows as lost.
 */
export class LightSocket {
  readonly synced: Promise<void>;
  private readonly ws: WebSocket;
  private everSynced = false;
  private readonly closes: Record<string, number> = {};

  constructor(
    private readonly spec: LightSocketSpec,
    meter: TrafficMeter,
    timeoutMs: number,
  ) {
    const query = new URLSearchParams(spec.params).toString();
    this.ws = new WebSocket(`${spec.serverUrl}/${spec.path}${query ? `?${query}` : ''}`);
    this.ws.binaryType = 'nodebuffer';
    this.synced = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${spec.path}: no sync within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.ws.on('open', () => {
        this.ws.send(syncMessage(SYNC_STEP_1, spec.stateVector?.() ?? EMPTY_STATE_VECTOR));
      });
      this.ws.on('message', (data) => {
        meter.count(data);
        if (this.receive(toBytes(data))) {
          clearTimeout(timer);
          resolve();
        }
      });
      this.ws.on('close', (code) => {
        clearTimeout(timer);
        if (this.everSynced) this.closes[String(code)] = (this.closes[String(code)] ?? 0) + 1;
        else reject(new Error(`${spec.path}: server closed the socket before sync: ${code}`));
      });
      this.ws.on('error', () => {});
    });
    this.synced.catch(() => {});
  }

  sendUpdate(update: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(syncMessage(SYNC_UPDATE, update));
  }

  /** One presence entry, as y-protocols' awareness encodes it: this client's state at this clock. */
  sendPresence(clientId: number, clock: number, state: Record<string, unknown>): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(presenceMessage(clientId, clock, JSON.stringify(state)));
  }

  closesAfterSync(): Record<string, number> {
    return this.closes;
  }

  destroy(): void {
    this.ws.close();
  }

  /** Handles one frame; true once the server's sync step 2 (the first sync) has arrived. */
  private receive(bytes: Uint8Array): boolean {
    if (bytes.byteLength === 0) return this.everSynced;
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return this.everSynced;
    const type = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (type === SYNC_STEP_1) {
      this.ws.send(syncMessage(SYNC_STEP_2, this.spec.missing?.(payload) ?? EMPTY_UPDATE));
    } else if (type === SYNC_STEP_2 || type === SYNC_UPDATE) {
      if (type === SYNC_STEP_2) this.everSynced = true;
      this.spec.onUpdate?.(payload);
    }
    return this.everSynced;
  }
}
