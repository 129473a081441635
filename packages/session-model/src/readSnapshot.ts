import { ROOM_MAPS } from '@peerloom/protocol';
import type * as Y from 'yjs';
import { createSnapshotReader } from './createSnapshotReader.ts';
import type { SessionSnapshot } from './schema/types.ts';

/**
 * The root maps of `room` that `readSnapshot` reads. A change to any other (a comment, a reaction) leaves every
 * field of the snapshot as it was: the store then only renews the snapshot's identity, without reading the
 * roster and the answers again (300 devices, one comment). A test writes to every other root and checks.
 */
export const ROOM_ROOTS_IN_SNAPSHOT: ReadonlySet<string> = new Set([
  ROOM_MAPS.meta,
  ROOM_MAPS.roster,
  ROOM_MAPS.answers,
]);

/** Reads both documents into one frozen snapshot; tolerant of missing or foreign-shaped values. */
export function readSnapshot(control: Y.Doc, room: Y.Doc): SessionSnapshot {
  return createSnapshotReader(control, room).read();
}
