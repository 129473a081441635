export interface ServerClock {
  /** Server time now, in ms since the epoch, whatever this device's clock says. */
  now(): number;
  /** Server time minus device time, as last measured (0 until measured). */
  readonly offsetMs: number;
  /** Measures again (e.g. after a reconnect); resolves with the new offset or null if unreachable. */
  sync(): Promise<number | null>;
}

export interface ServerClockOptions {
  /** URL of the relay's `GET /api/time`, answering `{ now }`. */
  timeUrl: string;
  samples?: number;
  fetchImpl?: typeof fetch;
  deviceNow?: () => number;
}

/**
 * Estimates the offset between this device's clock and the relay's from a few round trips,
 * keeping the sample with the shortest round trip (its midpoint is the best guess), so a
 * phone with a wrong clock still shows the right countdown.
 */
export function createServerClock(options: ServerClockOptions): ServerClock {
  const fetchImpl = options.fetchImpl ?? fetch;
  const deviceNow = options.deviceNow ?? Date.now;
  let offsetMs = 0;
  const sample = async () => {
    const sent = deviceNow();
    const response = await fetchImpl(options.timeUrl, { cache: 'no-store' });
    const { now } = (await response.json()) as { now: number };
    const received = deviceNow();
    return { roundTrip: received - sent, offset: now - (sent + received) / 2 };
  };
  return {
    now: () => deviceNow() + offsetMs,
    get offsetMs() {
      return offsetMs;
    },
    async sync() {
      let best: { roundTrip: number; offset: number } | null = null;
      for (let index = 0; index < (options.samples ?? 3); index++) {
        try {
          const measured = await sample();
          if (!best || measured.roundTrip < best.roundTrip) best = measured;
        } catch {
          // unreachable now: keep the last offset
        }
      }
      if (!best) return null;
      offsetMs = Math.round(best.offset);
      return offsetMs;
    },
  };
}
