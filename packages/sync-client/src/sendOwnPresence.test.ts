import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { sendOwnPresence } from './sendOwnPresence.ts';

/** A device's presence and the copy another device builds from what it sent. */
function pair(intervalMs: number, schedule?: (send: () => void) => void) {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  const remote = new awarenessProtocol.Awareness(new Y.Doc());
  const sent: Uint8Array[] = [];
  const arrivals: (() => void)[] = [];
  const stop = sendOwnPresence({
    awareness,
    intervalMs,
    schedule,
    send: (update) => {
      sent.push(update);
      awarenessProtocol.applyAwarenessUpdate(remote, update, 'relay');
      for (const arrival of arrivals.splice(0)) arrival();
    },
  });
  const nextSend = () => new Promise<void>((resolve) => arrivals.push(resolve));
  const cleanUp = () => {
    stop();
    awareness.destroy();
    remote.destroy();
  };
  return { awareness, remote, sent, nextSend, stop, cleanUp };
}

describe('sendOwnPresence', () => {
  it('sends the first change at once, then the latest caret of a burst once', async () => {
    const { awareness, remote, sent, nextSend, cleanUp } = pair(60);
    awareness.setLocalStateField('user', { name: 'Ada' });
    expect(sent).toHaveLength(1);
    const arrived = nextSend();
    for (let position = 0; position < 50; position++) awareness.setLocalStateField('cursor', position);
    expect(sent).toHaveLength(1);
    await arrived;
    expect(sent).toHaveLength(2);
    expect(remote.getStates().get(awareness.clientID)).toEqual({ user: { name: 'Ada' }, cursor: 49 });
    cleanUp();
  });

  it('with a schedule, a due send waits for it (after the paint) and carries every change made before it', () => {
    const later: (() => void)[] = [];
    const { awareness, remote, sent, cleanUp } = pair(60, (send) => later.push(send));
    awareness.setLocalStateField('user', { name: 'Ada' });
    awareness.setLocalStateField('cursor', 1);
    expect(sent).toHaveLength(0);
    expect(later).toHaveLength(1);
    later.shift()?.();
    expect(sent).toHaveLength(1);
    expect(remote.getStates().get(awareness.clientID)).toEqual({ user: { name: 'Ada' }, cursor: 1 });
    cleanUp();
  });

  it('a scheduled send that runs after stop sends nothing', () => {
    const later: (() => void)[] = [];
    const { awareness, sent, stop, cleanUp } = pair(60, (send) => later.push(send));
    awareness.setLocalStateField('cursor', 1);
    stop();
    later.shift()?.();
    expect(sent).toHaveLength(0);
    cleanUp();
  });

  it('never sends the states heard from other devices', () => {
    const { awareness, sent, cleanUp } = pair(60);
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    other.setLocalStateField('cursor', 3);
    awarenessProtocol.applyAwarenessUpdate(
      awareness,
      awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]),
      'relay',
    );
    expect(awareness.getStates().get(other.clientID)).toEqual({ cursor: 3 });
    expect(sent).toHaveLength(0);
    other.destroy();
    cleanUp();
  });

  it('sends leaving at once, even inside the interval', () => {
    const { awareness, remote, sent, cleanUp } = pair(10_000);
    awareness.setLocalStateField('cursor', 1);
    awareness.setLocalStateField('cursor', 2);
    awareness.setLocalState(null);
    expect(sent).toHaveLength(2);
    expect(remote.getStates().has(awareness.clientID)).toBe(false);
    cleanUp();
  });
});
