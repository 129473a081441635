/** How one document's connection to the relay stands, as a device can tell it. */
export type ConnectionState = 'connecting' | 'online' | 'offline' | 'refused';

export interface DocumentStatus {
  readonly connection: ConnectionState;
  /** The relay has answered this connection's sync: the local copy holds everything the relay had. */
  readonly synced: boolean;
  /** The copy in this device's IndexedDB has been loaded (always true without persistence). */
  readonly loadedLocally: boolean;
  /** Changes in this device's copy that the relay has not yet confirmed as durable. */
  readonly pending: number;
  /** Set when the relay refused the connection with a 44xx code; the client stops retrying. */
  readonly refusal: { readonly code: number; readonly reason: string } | null;
}

export type SessionConnection = 'connecting' | 'online' | 'offline' | 'refused';

/** One word for several documents: the worst of them, refused before offline before connecting. */
export function summarizeStatuses(statuses: readonly DocumentStatus[]): SessionConnection {
  const states = statuses.map((status) => status.connection);
  if (states.includes('refused')) return 'refused';
  if (states.includes('offline')) return 'offline';
  if (states.includes('connecting') || statuses.some((status) => !status.synced)) return 'connecting';
  return 'online';
}
