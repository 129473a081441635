import * as Y from 'yjs';
import { CREATE_FIELD } from './createProtocol.ts';
import { openSyncedProvider, type SyncedProvider } from './openSyncedProvider.ts';
import type { TrafficMeter } from './trafficMeter.ts';

export interface ViewerDeviceSpec {
  name: string;
  serverUrl: string;
  params: Record<string, string>;
  controlPath: string;
  roomPath: string;
  groupPaths: string[];
}

const VIEWER_SYNC_TIMEOUT_MS = 60_000;

/**
 * The facilitator's progress view or the projector: reads the session's control and room documents
 * and every group's production. Until the relay's document hub is on main this is one socket per
 * document, as the stock y-websocket client needs.
 */
export class ViewerDevice {
  readonly control: SyncedProvider;
  readonly room: SyncedProvider;
  readonly groups: SyncedProvider[];

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
        },
        meter,
        () => {},
        VIEWER_SYNC_TIMEOUT_MS,
      );
    this.control = open(spec.controlPath);
    this.room = open(spec.roomPath);
    this.groups = spec.groupPaths.map(open);
  }

  get connections(): number {
    return 2 + this.groups.length;
  }

  synced(): Promise<unknown> {
    return Promise.all([this.control.synced, this.room.synced, ...this.groups.map((group) => group.synced)]);
  }

  /** Characters in the bench field of one group's production, as this device sees it. */
  charactersIn(groupIndex: number): number {
    const doc = this.groups[groupIndex]?.doc;
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
    return [this.control, this.room, ...this.groups].map((connection) => connection.closesAfterSync());
  }

  destroy(): void {
    for (const connection of [this.control, this.room, ...this.groups]) connection.destroy();
  }
}
