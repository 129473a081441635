import type { Awareness } from 'y-protocols/awareness';

type ChangeListener = (
  change: { added: number[]; updated: number[]; removed: number[] },
  origin: unknown,
) => void;

/**
 * The same presence, except that its `change` listeners are not called when only this device's own state changed.
 * The caret plugin redraws every caret of its field (a whole editor transaction) on each `change`, and this
 * device's caret moves with every keystroke while it never draws it: with one editor per field, each keystroke
 * cost one redraw per field for nothing.
 */
export function othersOnlyAwareness(awareness: Awareness): Awareness {
  const wrapped = new WeakMap<ChangeListener, ChangeListener>();
  const wrap = (listener: ChangeListener): ChangeListener => {
    let filtered = wrapped.get(listener);
    if (!filtered) {
      filtered = (change, origin) => {
        const own = awareness.clientID;
        const othersToo = [change.added, change.updated, change.removed].some((ids) =>
          ids.some((id) => id !== own),
        );
        if (othersToo) listener(change, origin);
      };
      wrapped.set(listener, filtered);
    }
    return filtered;
  };
  return new Proxy(awareness, {
    get(target, property) {
      if (property === 'on' || property === 'off') {
        return (name: string, listener: ChangeListener) =>
          name === 'change'
            ? target[property](name, wrap(listener))
            : target[property](name as 'update', listener);
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
