import { type DocumentHub, openDocumentHub, type SyncedDocument } from '@peerloom/sync-client';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CREATE_FIELD } from './createProtocol.ts';
import { openSyncedProvider, type SyncedProvider } from './openSyncedProvider.ts';
import type { TrafficMeter } from './trafficMeter.ts';

export interface ViewerDeviceSpec {
  name: string;
  serverUrl: string;
  params: Record<string, string>;
  sessionId: string;
  controlPath: string;
  roomPath: string;
  groupPaths: string[];
  /**
   * Read the group documents over ONE hub socket (`/sync/SESSION/hub`, sync-client's
   * openDocumentHub), as the app's progress view does; false: one stock socket per group document
   * (the stock y-websocket server has no hub).
   */
  hub: { auth: { key: string } | { token: string } } | null;
}

const VIEWER_SYNC_TIMEOUT_MS = 60_000;

/** Resolves once a hub document is synced; rejects on refusal or after the timeout. */
function hubDocumentSynced(document: SyncedDocument, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${path}: no sync within ${VIEWER_SYNC_TIMEOUT_MS} ms`)),
      VIEWER_SYNC_TIMEOUT_MS,
    );
    const check = () => {
      const status = document.getStatus();
      if (status.refusal) {
        clearTimeout(timer);
        unsubscribe();
        reject(new Error(`${path}: refused ${status.refusal.code} ${status.refusal.reason}`));
      } else if (status.synced) {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = document.subscribe(check);
    check();
  });
}

/**
 * The facilitator's progress view or the projector: reads the session's control and room documents
 * (one stock socket each) and every group's production, over one hub socket on our relay (3 sockets
 * per device) or one socket per group document on the stock server (2 + groups).
 */
export class ViewerDevice {
  readonly control: SyncedProvider;
  readonly room: SyncedProvider;
  /** Stock sockets to the group documents (stock server only). */
  private readonly groupProviders: SyncedProvider[] = [];
  private readonly hub: DocumentHub | null = null;
  private readonly hubDocuments: SyncedDocument[] = [];
  private readonly groupsSynced: Promise<unknown>;
  private readonly hubCloses: Record<string, number> = {};

  constructor(spec: ViewerDeviceSpec, meter: TrafficMeter) {
    const open = (room: string) =>
      openSyncedProvider(
        {
          serverUrl: spec.serverUrl,
          room,
          params: spec.params,
          userId: spec.name,
          userName: spec.name,
          presence: null,
          ownPresenceOnly: true,
        },
        meter,
        () => {},
        VIEWER_SYNC_TIMEOUT_MS,
      );
    this.control = open(spec.controlPath);
    this.room = open(spec.roomPath);
    if (spec.hub) {
      const hub = openDocumentHub({
        serverUrl: spec.serverUrl,
        sessionId: spec.sessionId,
        auth: spec.hub.auth,
        persist: false,
        WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
      });
      this.hub = hub;
      const prefix = `${spec.sessionId}/`;
      for (const path of spec.groupPaths) this.hubDocuments.push(hub.open(path.slice(prefix.length)));
      this.groupsSynced = Promise.all(
        this.hubDocuments.map((document, index) => hubDocumentSynced(document, spec.groupPaths[index] ?? '')),
      ).then(() => this.countHubCloses(hub));
    } else {
      this.groupProviders = spec.groupPaths.map(open);
      this.groupsSynced = Promise.all(this.groupProviders.map((group) => group.synced));
    }
  }

  /** Sockets this device holds open. */
  get connections(): number {
    return 2 + (this.hub ? 1 : this.groupProviders.length);
  }

  synced(): Promise<unknown> {
    return Promise.all([this.control.synced, this.room.synced, this.groupsSynced]);
  }

  /** Characters in the bench field of one group's production, as this device sees it. */
  charactersIn(groupIndex: number): number {
    const doc = this.hub ? this.hubDocuments[groupIndex]?.doc : this.groupProviders[groupIndex]?.doc;
    if (!doc) return 0;
    return doc
      .getXmlFragment(CREATE_FIELD)
      .toArray()
      .reduce((total, node) => {
        const text = node instanceof Y.XmlElement ? node.get(0) : null;
        return total + (text instanceof Y.XmlText ? text.length : 0);
      }, 0);
  }

  closesAfterSync(): Record<string, number>[] {
    return [this.control, this.room, ...this.groupProviders]
      .map((connection) => connection.closesAfterSync())
      .concat([this.hubCloses]);
  }

  destroy(): void {
    for (const connection of [this.control, this.room, ...this.groupProviders]) connection.destroy();
    void this.hub?.destroy();
  }

  /** After the first sync, counts each time the hub socket goes offline (it reconnects by itself). */
  private countHubCloses(hub: DocumentHub): void {
    let online = hub.getStatus().connection === 'online';
    hub.subscribe(() => {
      const connection = hub.getStatus().connection;
      if (online && connection !== 'online') this.hubCloses.hub = (this.hubCloses.hub ?? 0) + 1;
      online = connection === 'online';
    });
  }
}
