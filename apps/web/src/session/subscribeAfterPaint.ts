type Subscribe = (listener: () => void) => () => void;

/** Where frames do not run (a hidden tab, Node), changes are told after this long. */
const FALLBACK_MS = 100;

/** Runs `callback` once, in the first task after the next frame was painted (or after the fallback delay). */
function afterNextPaint(callback: () => void, fallbackMs: number): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    callback();
  };
  const fallback = setTimeout(run, fallbackMs);
  // rAF callbacks run just before the frame's style, layout and paint: a task queued there runs after them.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * A store subscription for a part of a screen that must not slow typing (e.g. the save state, which changes
 * twice per keystroke): every change of a frame is told once, after that frame was painted, so the typed
 * character is on the screen before React renders anything for it. Pass the result to `useSyncExternalStore`
 * (keep its identity: make it once per store).
 */
export function subscribeAfterPaint(subscribe: Subscribe, fallbackMs = FALLBACK_MS): Subscribe {
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
