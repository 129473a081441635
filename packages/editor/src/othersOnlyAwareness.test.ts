import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { othersOnlyAwareness } from './othersOnlyAwareness.ts';

describe('othersOnlyAwareness', () => {
  it('calls change listeners for the others only, update listeners for everyone, and reads the same states', () => {
    const awareness = new Awareness(new Y.Doc());
    const other = new Awareness(new Y.Doc());
    const view = othersOnlyAwareness(awareness);
    const changes: number[][] = [];
    let updates = 0;
    const onChange = (change: { added: number[]; updated: number[] }) =>
      changes.push([...change.added, ...change.updated]);
    const onUpdate = () => updates++;
    view.on('change', onChange);
    view.on('update', onUpdate);

    view.setLocalStateField('cursor', 1);
    expect(changes).toEqual([]);
    expect(updates).toBe(1);
    expect(awareness.getLocalState()).toEqual({ cursor: 1 });

    other.setLocalStateField('cursor', 2);
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'relay');
    expect(changes).toEqual([[other.clientID]]);
    expect(view.getStates().get(other.clientID)).toEqual({ cursor: 2 });

    view.off('change', onChange);
    other.setLocalStateField('cursor', 3);
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'relay');
    expect(changes).toHaveLength(1);
    awareness.destroy();
    other.destroy();
  });
});
