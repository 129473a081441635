/** Where frames do not run (a hidden tab, Node), the callback runs after this long. */
const FALLBACK_MS = 100;

/**
 * Runs `callback` once, in the first task after the next frame was painted (a task queued from an animation
 * frame callback runs after that frame's style, layout and paint), or after `fallbackMs` where frames do not
 * run. Work scheduled so never delays the frame that shows a typed character.
 */
export function afterNextPaint(callback: () => void, fallbackMs = FALLBACK_MS): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    callback();
  };
  const fallback = setTimeout(run, fallbackMs);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
}
