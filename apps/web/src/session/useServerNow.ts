import { useEffect, useState } from 'react';
import { serverNow } from './serverClock.ts';

/** The relay's time as this device estimates it, re-read every `everyMs` (countdowns, "2 min ago"). */
export function useServerNow(everyMs: number): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    setNow(serverNow());
    const interval = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(interval);
  }, [everyMs]);
  return now;
}
