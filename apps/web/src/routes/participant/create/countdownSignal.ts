/** The moments a countdown gently tells the group about. */
export type CountdownSignal = 'minute' | 'zero';

const ONE_MINUTE_MS = 60_000;

/** Which signal, if any, a countdown gives when its time left goes from `previousMs` to `currentMs`. */
export function countdownSignal(previousMs: number | null, currentMs: number | null): CountdownSignal | null {
  if (previousMs === null || currentMs === null || currentMs >= previousMs) return null;
  if (previousMs > 0 && currentMs <= 0) return 'zero';
  if (previousMs > ONE_MINUTE_MS && currentMs <= ONE_MINUTE_MS) return 'minute';
  return null;
}
