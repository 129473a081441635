import { createServerClock } from '@peerloom/sync-client';

/** This device's estimate of the relay's clock; timers count down in it, whatever the device's clock says. */
export const serverClock = createServerClock({ timeUrl: '/api/time' });

let lastSync: Promise<number | null> | null = null;

/** Measures the offset again (at session open and when the network comes back); one measurement at a time. */
export function syncServerClock(): Promise<number | null> {
  lastSync ??= serverClock.sync().finally(() => {
    lastSync = null;
  });
  return lastSync;
}

export const serverNow = () => serverClock.now();
