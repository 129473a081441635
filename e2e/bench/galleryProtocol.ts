import type { StallReport } from '../../sync-server/bench/StallMonitor.ts';

/** One participant's device that opens the session page in a gallery bench worker. */
export interface PageDeviceSpec {
  index: number;
  participantId: string;
  token: string;
}

/** What every device of the bench opens and must end up showing. */
export interface GalleryPage {
  /** Base WebSocket URL of the relay's sync endpoint, e.g. `ws://127.0.0.1:PORT/sync`. */
  serverUrl: string;
  sessionId: string;
  /** Production id → characters of text in its fields: the page is whole when every one is there. */
  characters: Record<string, number>;
}

/** When one device had the whole page, and the sockets it opened for it. */
export interface DeviceOpening {
  index: number;
  /** From this device's first call to open the page until every production's fields were in its copy. */
  openMs: number;
  /** From the bench's common start (every device told to open at once) until the same moment. */
  sinceStartMs: number;
  /** Sockets opened, reconnects included, and the most open at once. */
  sockets: number;
  peakSockets: number;
}

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes of one machine. */
export const epochNow = () => performance.timeOrigin + performance.now();

export type ToGalleryWorker =
  | { type: 'prepare'; page: GalleryPage; devices: PageDeviceSpec[] }
  | { type: 'open'; startedAt: number; timeoutMs: number }
  | { type: 'comment'; text: string; productionId: string; author: number | null; timeoutMs: number }
  | { type: 'report' }
  | { type: 'stop' };

export type FromGalleryWorker =
  | { type: 'ready' }
  | { type: 'prepared' }
  | { type: 'opened'; openings: DeviceOpening[]; stalls: StallReport }
  /** `postedAt` from the author's worker only; `seenAt` for every other device of this worker. */
  | { type: 'comment-seen'; postedAt: number | null; seenAt: number[] }
  /** `reopenedSockets`: sockets opened beyond the page's three (reconnects). */
  | { type: 'report'; commentStalls: StallReport | null; reopenedSockets: number; heapUsedMb: number }
  | { type: 'failed'; message: string };
