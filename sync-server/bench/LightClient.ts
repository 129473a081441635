import { randomInt } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import WebSocket, { type RawData } from 'ws';
import { benchNow } from './benchClock.ts';
import { findMarkers } from './benchMarker.ts';
import { presenceMessage } from './presenceMessage.ts';
import type { TrafficMeter } from './trafficMeter.ts';

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** What the relay may add past the y-websocket types (durable acknowledgements). */
const FIRST_EXTENSION_TYPE = 100;
/** y-protocols renews a local presence state once it is half of its 30 s timeout old. */
const PRESENCE_RENEWAL_MS = 15_000;
const MAX_BACKOFF_MS = 2500;

/** Sync step 1 with an empty state vector: "send me everything". */
const SYNC_STEP_1_EMPTY = Uint8Array.of(MESSAGE_SYNC, SYNC_STEP_1, 1, 0);
/** Sync step 2 carrying an empty update (no structs, no deletions): the answer of a device that holds nothing. */
const SYNC_STEP_2_EMPTY = Uint8Array.of(MESSAGE_SYNC, SYNC_STEP_2, 2, 0, 0);

export interface LightClientOptions {
  /** `ws://HOST:PORT/sync`, as y-websocket's serverUrl. */
  serverUrl: string;
  room: string;
  params: Record<string, string>;
  /** The presence state this device announces, as the app does; null announces none. */
  presence: Record<string, unknown> | null;
  meter: TrafficMeter;
  /** Each bench marker found in a received update or sync step 2, with when this message arrived. */
  onMarker(sequence: number, sentAt: number, receivedAt: number): void;
  onExtensionMessage(): void;
  /** Resolves `synced` past this; a socket the server closes for good before its sync rejects it. */
  timeoutMs: number;
}

function toBytes(data: RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * A y-websocket client without a Y.Doc: it speaks the sync handshake with the bytes a device holding nothing
 * would send, announces and renews its presence as the app's `sendOwnPresenceOnly` does (its own state only,
 * renewed every 15 s), and reads nothing of what it receives but the bench writer's markers. Thousands fit
 * in one process, so the machine's cores go to the relay under test rather than to its clients.
 */
export class LightClient {
  readonly synced: Promise<void>;
  private readonly clientId = randomInt(1, 2 ** 31);
  private presenceClock = 0;
  private socket: WebSocket | null = null;
  private renewal: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private attempts = 0;
  private everSynced = false;
  private destroyed = false;
  private readonly closes: Record<string, number> = {};
  private settle: { resolve(): void; reject(error: Error): void } | null = null;

  constructor(private readonly options: LightClientOptions) {
    this.synced = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${options.room}: no sync within ${options.timeoutMs} ms`)),
        options.timeoutMs,
      );
      this.settle = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
    this.connect();
  }

  /** Connection losses after the first sync, by close code. */
  closesAfterSync(): Record<string, number> {
    return this.closes;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.renewal) clearInterval(this.renewal);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.socket?.terminate();
  }

  private connect(): void {
    const query = new URLSearchParams(this.options.params).toString();
    const socket = new WebSocket(`${this.options.serverUrl}/${this.options.room}?${query}`);
    this.socket = socket;
    socket.binaryType = 'nodebuffer';
    socket.on('open', () => {
      this.attempts = 0;
      socket.send(SYNC_STEP_1_EMPTY);
      this.sendPresence();
    });
    socket.on('message', (data) => {
      this.options.meter.count(data);
      this.receive(toBytes(data));
    });
    socket.on('error', () => {});
    socket.on('close', (code) => this.closed(code));
  }

  private closed(code: number): void {
    if (this.renewal) clearInterval(this.renewal);
    this.renewal = null;
    if (this.destroyed) return;
    if (!this.everSynced && code >= 4000) {
      this.settle?.reject(new Error(`${this.options.room}: server closed the socket: ${code}`));
      return;
    }
    if (this.everSynced) this.closes[String(code)] = (this.closes[String(code)] ?? 0) + 1;
    const delay = Math.min(MAX_BACKOFF_MS, 100 * 2 ** this.attempts++);
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
  }

  private receive(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type >= FIRST_EXTENSION_TYPE) {
      this.options.onExtensionMessage();
      return;
    }
    if (type !== MESSAGE_SYNC) return;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === SYNC_STEP_1) {
      this.socket?.send(SYNC_STEP_2_EMPTY);
      return;
    }
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return;
    const receivedAt = benchNow();
    findMarkers(message, decoder.pos, (sequence, sentAt) =>
      this.options.onMarker(sequence, sentAt, receivedAt),
    );
    if (syncType === SYNC_STEP_2 && !this.everSynced) {
      this.everSynced = true;
      this.settle?.resolve();
    }
  }

  private sendPresence(): void {
    const { presence } = this.options;
    if (presence === null) return;
    const state = JSON.stringify(presence);
    const announce = () => {
      const message = presenceMessage(this.clientId, ++this.presenceClock, state);
      if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(message);
    };
    announce();
    this.renewal = setInterval(announce, PRESENCE_RENEWAL_MS);
  }
}
