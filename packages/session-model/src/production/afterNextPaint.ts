/** Where frames do not run (a hidden tab, Node), the callback runs after this long. */
const FALLBACK_MS = 100;

interface Batch {
  callbacks: (() => void)[];
  /** Date.now() by which the batch runs even if no frame comes; the earliest of its callbacks' fallbacks. */
  deadline: number;
  fallback: ReturnType<typeof setTimeout>;
  done: boolean;
}

/** The callbacks waiting for the next frame: one animation frame and one timer for all of them. */
let waiting: Batch | null = null;

function run(batch: Batch): void {
  if (batch.done) return;
  batch.done = true;
  clearTimeout(batch.fallback);
  if (waiting === batch) waiting = null;
  for (const callback of batch.callbacks) {
    try {
      callback();
    } catch (error) {
      // One failing callback must not keep the others from running; the error is still reported.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** The frame is being drawn: callbacks scheduled from now on wait for the frame after it. */
function close(batch: Batch): void {
  if (waiting === batch) waiting = null;
  setTimeout(() => run(batch), 0);
}

/**
 * Runs `callback` once, in the first task after the next frame was painted (a task queued from an animation
 * frame callback runs after that frame's style, layout and paint), or after `fallbackMs` where frames do not
 * run. Work scheduled so never delays the frame that shows a typed character.
 *
 * A keystroke schedules several such callbacks (its sending, the save state, the toolbar, the counts): they share
 * one animation frame request, one timer and one task, in the order they were scheduled, instead of each costing
 * its own inside the keystroke.
 */
export function afterNextPaint(callback: () => void, fallbackMs = FALLBACK_MS): void {
  const deadline = Date.now() + fallbackMs;
  const batch = waiting;
  if (batch) {
    batch.callbacks.push(callback);
    if (deadline < batch.deadline) {
      batch.deadline = deadline;
      clearTimeout(batch.fallback);
      batch.fallback = setTimeout(() => run(batch), fallbackMs);
    }
    return;
  }
  const next: Batch = {
    callbacks: [callback],
    deadline,
    fallback: setTimeout(() => run(next), fallbackMs),
    done: false,
  };
  waiting = next;
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => close(next));
}
