import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface StockClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves at the first sync with the relay. */
  synced: Promise<void>;
}

/** A stock y-websocket client in Node on `port` (the relay's, or a proxy's in front of it). */
export function connectStockClient(
  port: number,
  docPath: string,
  params: Record<string, string>,
  maxBackoffTime?: number,
): StockClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, docPath, doc, {
    params,
    disableBc: true,
    ...(maxBackoffTime ? { maxBackoffTime } : {}),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider, synced };
}

/** POSTs JSON to the relay and reads the JSON answer. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return (await response.json()) as T;
}
