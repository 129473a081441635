import { ownerOfRoomKey, WRITE_LIMITS } from '@peerloom/protocol';
import * as Y from 'yjs';
import { TokenBucket } from '../http/TokenBucket.ts';
import type { WriteRefusalReason } from './WriteRefused.ts';

/** The structs of a decoded update (`Y.decodeUpdate`), which the write policy decodes once for every check. */
export type DecodedStructs = ReturnType<typeof Y.decodeUpdate>['structs'];

type QuotaLimits = Record<'entriesPerParticipant' | 'entryWritesPerSecond' | 'entryWriteBurst', number>;

/**
 * What each participant may still add to one `room` document: keys created (a deleted key stays as a
 * tombstone, so deleting gives nothing back) and entry writes per second over all its connections.
 * Counted from the relay's copy on first use, so a reloaded room knows what each participant holds.
 * `admit` runs after the ownership check, right before the update is applied, and counts it when it passes.
 */
export class RoomWriteQuota {
  private entries: Map<string, number> | null = null;
  private readonly rates = new Map<string, TokenBucket>();

  constructor(
    private readonly now: () => number,
    private readonly limits: QuotaLimits = WRITE_LIMITS,
  ) {}

  admit(doc: Y.Doc, structs: DecodedStructs, participantId: string): WriteRefusalReason | null {
    const { writes, newKeys } = measureWrites(doc, structs);
    if (writes === 0) return null;
    const entries = this.countEntries(doc);
    const held = entries.get(participantId) ?? 0;
    if (held + newKeys > this.limits.entriesPerParticipant || writes > this.limits.entryWriteBurst) {
      return 'entry_quota';
    }
    let rate = this.rates.get(participantId);
    if (!rate) {
      rate = new TokenBucket(this.limits.entryWriteBurst, this.limits.entryWritesPerSecond, this.now());
      this.rates.set(participantId, rate);
    }
    if (!rate.take(this.now(), writes)) return 'write_rate';
    entries.set(participantId, held + newKeys);
    return null;
  }

  private countEntries(doc: Y.Doc): Map<string, number> {
    if (this.entries) return this.entries;
    const entries = new Map<string, number>();
    for (const [name, type] of doc.share) {
      for (const key of type._map.keys()) {
        const owner = ownerOfRoomKey(name, key);
        if (owner !== null) entries.set(owner, (entries.get(owner) ?? 0) + 1);
      }
    }
    this.entries = entries;
    return entries;
  }
}

/**
 * The entry writes an update brings that the relay lacks (clocks it has not seen), and how many of
 * them open a key the room does not have yet. Deletions are not counted: a device's sync step 2 carries
 * its whole delete set, and removing a value adds nothing to keep. An item that names its map and key has no left
 * neighbour: it starts a key; one that follows an item overwrites that item's key.
 */
function measureWrites(doc: Y.Doc, structs: DecodedStructs): { writes: number; newKeys: number } {
  let writes = 0;
  const opened = new Set<string>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const held = Y.getState(doc.store, struct.id.client);
    const fresh = struct.id.clock + struct.length - Math.max(held, struct.id.clock);
    if (fresh <= 0) continue;
    writes += fresh;
    const { parent, parentSub } = struct;
    if (typeof parent === 'string' && parentSub !== null && !doc.share.get(parent)?._map.has(parentSub)) {
      opened.add(`${parent}\u0000${parentSub}`);
    }
  }
  return { writes, newKeys: opened.size };
}
