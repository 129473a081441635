import { afterNextPaint } from '@peerloom/session-model';

type Subscribe = (listener: () => void) => () => void;

/**
 * A store subscription for a part of a screen that must not slow typing (e.g. the save state, which changes
 * twice per keystroke): every change of a frame is told once, after that frame was painted, so the typed
 * character is on the screen before React renders anything for it. Pass the result to `useSyncExternalStore`
 * (keep its identity: make it once per store).
 */
export function subscribeAfterPaint(subscribe: Subscribe, fallbackMs?: number): Subscribe {
  return (listener) => {
    let waiting = false;
    let live = true;
    const deliver = () => {
      waiting = false;
      if (live) listener();
    };
    const stop = subscribe(() => {
      if (waiting) return;
      waiting = true;
      afterNextPaint(deliver, fallbackMs);
    });
    return () => {
      live = false;
      stop();
    };
  };
}
