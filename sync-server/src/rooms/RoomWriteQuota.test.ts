import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomWriteQuota } from './RoomWriteQuota.ts';

const LIMITS = { entriesPerParticipant: 3, entryWritesPerSecond: 1, entryWriteBurst: 4 };

/** A participant device's change to `room`, as the relay receives it. */
function write(device: Y.Doc, change: (answers: Y.Map<unknown>) => void): Uint8Array {
  const before = Y.encodeStateVector(device);
  change(device.getMap('answers'));
  return Y.encodeStateAsUpdate(device, before);
}

describe('RoomWriteQuota', () => {
  it('counts keys a participant created, deleted ones included, not overwrites; and bounds its write rate', () => {
    let now = 0;
    const quota = new RoomWriteQuota(() => now, LIMITS);
    const relay = new Y.Doc();
    const device = new Y.Doc();
    const apply = (update: Uint8Array) => {
      const refusal = quota.admit(relay, Y.decodeUpdate(update).structs, 'p1');
      if (!refusal) Y.applyUpdate(relay, update);
      return refusal;
    };
    expect(apply(write(device, (answers) => answers.set('a/p1', 1)))).toBeNull();
    expect(apply(write(device, (answers) => answers.set('a/p1', 2)))).toBeNull();
    expect(apply(write(device, (answers) => answers.delete('a/p1')))).toBeNull();
    expect(apply(write(device, (answers) => answers.set('b/p1', 1)))).toBeNull();
    expect(apply(write(device, (answers) => answers.set('c/p1', 1)))).toBeNull();
    const overwrite = write(device, (answers) => answers.set('c/p1', 2));
    expect(apply(overwrite)).toBe('write_rate');
    now += 1000;
    expect(apply(overwrite)).toBeNull();
    now += 10_000;
    const fourthKey = write(device, (answers) => answers.set('d/p1', 1));
    expect(apply(fourthKey)).toBe('entry_quota');
    expect(quota.admit(relay, Y.decodeUpdate(fourthKey).structs, 'p2')).toBeNull();

    // A room loaded again counts what each participant holds from the document itself.
    const reloaded = new RoomWriteQuota(() => now, LIMITS);
    expect(reloaded.admit(relay, Y.decodeUpdate(fourthKey).structs, 'p1')).toBe('entry_quota');
  });

  it('refuses at once an update larger than the burst', () => {
    const quota = new RoomWriteQuota(() => 0, { ...LIMITS, entriesPerParticipant: 100 });
    const update = write(new Y.Doc(), (answers) => {
      for (let index = 0; index < 5; index++) answers.set(`q${index}/p1`, index);
    });
    expect(quota.admit(new Y.Doc(), Y.decodeUpdate(update).structs, 'p1')).toBe('entry_quota');
  });
});
