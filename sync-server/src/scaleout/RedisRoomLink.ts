import type { ConnectionRole } from '@peerloom/protocol';
import type { Redis } from 'ioredis';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { DocRoom } from '../rooms/DocRoom.ts';
import type { RoomLink } from '../rooms/RoomRegistry.ts';
import { PeerOrigin } from '../rooms/UpdateOrigin.ts';
import type { StoredDocument } from '../storage/DocumentStore.ts';
import type { RedisKeys } from './RedisKeys.ts';
import { type LogEntry, readStoredLog, toEntries } from './readStoredLog.ts';

interface Followed {
  room: DocRoom;
  /** The last log id applied here. */
  position: string;
}

const BLOCK_MS = 5_000;
const ROLES: readonly ConnectionRole[] = ['facilitator', 'participant', 'viewer'];

/**
 * The link between relay processes, on Redis: each loaded room follows its document's log (one blocking XREAD
 * over every followed log, on its own connection) and applies what other relays appended, with a `PeerOrigin`
 * (neither stored again nor sent back); presence goes over pub/sub, one channel per document. After Redis was
 * away, each room also applies its checkpoint (what a compaction may have trimmed from the log meanwhile).
 */
export class RedisRoomLink implements RoomLink {
  private readonly followed = new Map<string, Followed>();
  private readerId: number | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;
  private readonly loop: Promise<void>;

  constructor(
    private readonly commands: Redis,
    private readonly reader: Redis,
    private readonly subscriber: Redis,
    private readonly keys: RedisKeys,
    private readonly relayId: string,
    private readonly onError: (event: string, error: unknown) => void,
  ) {
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receivePresence(channel, message),
    );
    // Back after an outage: subscribe again to every followed room's presence, those that failed meanwhile too.
    subscriber.on('ready', () => {
      const channels = [...this.followed.keys()].map((name) => this.keys.presence(name));
      if (channels.length > 0) subscriber.subscribe(...channels).catch(() => {});
    });
    this.loop = this.follow();
  }

  loaded(room: DocRoom, stored: StoredDocument): void {
    this.followed.set(room.name, { room, position: stored.position ?? '0-0' });
    this.subscriber
      .subscribe(this.keys.presence(room.name))
      .catch((error) => this.onError('subscribe', error));
    this.interrupt();
  }

  unloaded(room: DocRoom): void {
    if (this.followed.get(room.name)?.room !== room) return;
    this.followed.delete(room.name);
    this.subscriber.unsubscribe(this.keys.presence(room.name)).catch(() => {});
    this.interrupt();
  }

  sharePresence(docName: string, update: Uint8Array, role: ConnectionRole): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.relayId);
    encoding.writeVarUint(encoder, ROLES.indexOf(role));
    encoding.writeVarUint8Array(encoder, update);
    // Presence is ephemeral: lost while Redis is away, renewed by every client within its 15 s heartbeat.
    this.commands
      .publish(this.keys.presence(docName), Buffer.from(encoding.toUint8Array(encoder)))
      .catch(() => {});
  }

  async close(): Promise<void> {
    this.stopped = true;
    this.interrupt();
    await this.loop;
  }

  private receivePresence(channel: Buffer, message: Buffer) {
    const followed = this.followed.get(String(channel).slice(this.keys.presence('').length));
    if (!followed) return;
    try {
      const decoder = decoding.createDecoder(message);
      const relayId = decoding.readVarString(decoder);
      if (relayId === this.relayId) return;
      const role = ROLES[decoding.readVarUint(decoder)] ?? 'viewer';
      const update = decoding.readVarUint8Array(decoder);
      awarenessProtocol.applyAwarenessUpdate(followed.room.awareness, update, new PeerOrigin(relayId, role));
    } catch (error) {
      this.onError('presence_from_peer', error);
    }
  }

  /** Unblocks the reader's XREAD so that the next one covers the rooms loaded or unloaded since. */
  private interrupt() {
    this.wake?.();
    if (this.readerId !== null) {
      this.commands.client('UNBLOCK', this.readerId).catch(() => {});
    }
  }

  private async follow(): Promise<void> {
    let failed = false;
    while (!this.stopped) {
      if (this.followed.size === 0) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        this.wake = null;
        continue;
      }
      try {
        this.readerId ??= Number(await this.reader.client('ID'));
        if (failed) await this.catchUp();
        failed = false;
        const names = [...this.followed.keys()];
        const positions = names.map((name) => this.followed.get(name)?.position ?? '0-0');
        const reply = (await this.reader.xreadBuffer(
          'COUNT',
          1000,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          ...names.map((name) => this.keys.log(name)),
          ...positions,
        )) as [Buffer, [Buffer, Buffer[]][]][] | null;
        for (const [key, raw] of reply ?? []) {
          this.apply(String(key).slice(this.keys.log('').length), toEntries(raw));
        }
      } catch (error) {
        if (this.stopped) break;
        if (!failed) this.onError('follow_failed', error);
        failed = true;
        this.readerId = null;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  private apply(docName: string, entries: readonly LogEntry[]) {
    const followed = this.followed.get(docName);
    if (!followed) return;
    for (const entry of entries) {
      followed.position = entry.id;
      const relayId = String(entry.fields.get('r') ?? '');
      if (relayId === this.relayId) continue;
      const owners = entry.fields.get('o');
      const update = entry.fields.get('u');
      followed.room.applyFromPeer(
        update ? new Uint8Array(update.buffer, update.byteOffset, update.byteLength) : new Uint8Array(),
        new PeerOrigin(relayId),
        owners ? (JSON.parse(String(owners)) as [number, string][]) : [],
      );
    }
  }

  /** After an outage: each followed room applies its checkpoint (Yjs ignores what it already has). */
  private async catchUp() {
    for (const [docName, followed] of [...this.followed]) {
      const stored = await readStoredLog(this.commands, this.keys, docName);
      followed.room.applyFromPeer(stored.checkpoint ?? new Uint8Array(), new PeerOrigin('checkpoint'), [
        ...stored.owners,
      ]);
    }
  }
}
