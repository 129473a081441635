import * as decoding from 'lib0/decoding';
import WebSocket, { type RawData } from 'ws';
import { type BenchPhase, emptyTrafficByPhase, type TrafficByPhase } from './benchProtocol.ts';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

function toBytes(data: RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function countingWebSocketClass(meter: TrafficMeter): typeof globalThis.WebSocket {
  class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data) => meter.count(data));
    }
  }
  return CountingWebSocket as unknown as typeof globalThis.WebSocket;
}

/** Counts received message payload bytes per y-websocket message type, attributed to the current phase. */
export class TrafficMeter {
  phase: BenchPhase = 'connect';
  readonly byPhase: TrafficByPhase = emptyTrafficByPhase();

  count(data: RawData): void {
    const bytes = toBytes(data);
    const counters = this.byPhase[this.phase];
    counters.messages++;
    if (bytes.byteLength === 0) return;
    const type = decoding.readVarUint(decoding.createDecoder(bytes));
    if (type === MESSAGE_SYNC) counters.syncBytes += bytes.byteLength;
    else if (type === MESSAGE_AWARENESS) counters.awarenessBytes += bytes.byteLength;
    else counters.otherBytes += bytes.byteLength;
  }

  /** A `ws` WebSocket class for y-websocket's WebSocketPolyfill that reports every received message here. */
  readonly webSocketClass: typeof globalThis.WebSocket = countingWebSocketClass(this);
}
