import * as awarenessProtocol from 'y-protocols/awareness';

/**
 * A caret moves with every keystroke: this device's presence goes out at most once per this many ms. Between two
 * updates the others still draw the caret right, after the text typed since: its position is relative to the text.
 */
export const PRESENCE_INTERVAL_MS = 200;

export interface OwnPresenceOptions {
  awareness: awarenessProtocol.Awareness;
  /** Sends one encoded awareness update (this device's state only) to the relay. */
  send: (update: Uint8Array) => void;
  intervalMs?: number;
  /**
   * Runs a send that is due now later (e.g. after the next paint), so that the keystroke that moved the caret is
   * drawn before its presence is encoded and sent; without it, such a send happens at once.
   */
  schedule?: (send: () => void) => void;
}

/**
 * Sends this device's presence when it changes, never the states heard from others (the relay already forwards
 * those to everyone): the first change at once (or when `schedule` runs it), then at most one update per interval carrying the latest state
 * (a caret's intermediate positions are dropped). Leaving (a removed state) goes out at once.
 * Returns a function that stops it.
 */
export function sendOwnPresence(options: OwnPresenceOptions): () => void {
  const { awareness, send } = options;
  const intervalMs = options.intervalMs ?? PRESENCE_INTERVAL_MS;
  const own = awareness.clientID;
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** A send is on its way (a timer, or the schedule): later changes ride with it. */
  let due = false;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    due = false;
    lastSentAt = Date.now();
    send(awarenessProtocol.encodeAwarenessUpdate(awareness, [own]));
  };
  const onUpdate = (change: { added: number[]; updated: number[]; removed: number[] }) => {
    if (change.removed.includes(own)) return flush();
    if (!change.added.includes(own) && !change.updated.includes(own)) return;
    if (due) return;
    due = true;
    const wait = lastSentAt + intervalMs - Date.now();
    if (wait > 0) timer = setTimeout(flush, wait);
    else if (options.schedule) options.schedule(() => due && flush());
    else flush();
  };
  awareness.on('update', onUpdate);
  return () => {
    awareness.off('update', onUpdate);
    if (timer !== null) clearTimeout(timer);
    timer = null;
    due = false;
  };
}
