import { useEffect, useRef, useState } from 'react';
import { type CountdownSignal, countdownSignal } from './countdownSignal.ts';
import { listenForAudioUnlock, playSignalTone } from './playSignalTone.ts';

const PULSE_MS = 2_400;

/**
 * Gives the gentle signal of a countdown at one minute and at zero: returns the signal while the screen should
 * pulse, vibrates briefly where the device can, and plays a soft tone once the person has touched the page.
 */
export function useCountdownSignal(remainingMs: number | null): CountdownSignal | null {
  const previous = useRef<number | null>(null);
  const [pulse, setPulse] = useState<CountdownSignal | null>(null);

  useEffect(() => listenForAudioUnlock(), []);

  useEffect(() => {
    const signal = countdownSignal(previous.current, remainingMs);
    previous.current = remainingMs;
    if (!signal) return;
    setPulse(signal);
    navigator.vibrate?.(signal === 'zero' ? [120, 80, 120] : 120);
    playSignalTone(signal === 'zero' ? 2 : 1);
  }, [remainingMs]);

  useEffect(() => {
    if (!pulse) return;
    const timeout = setTimeout(() => setPulse(null), PULSE_MS);
    return () => clearTimeout(timeout);
  }, [pulse]);

  return pulse;
}
