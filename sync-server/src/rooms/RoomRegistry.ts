import type { Storage } from '../storage/openStorage.ts';
import { DocRoom, type RoomCounters } from './DocRoom.ts';

/** Loads a document on first use and unloads it once no connection has used it for `idleMs`. */
export class RoomRegistry {
  private readonly rooms = new Map<string, DocRoom>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  readonly counters: RoomCounters = { droppedWrites: 0 };

  constructor(
    private readonly storage: Storage,
    private readonly idleMs: number,
  ) {}

  get size(): number {
    return this.rooms.size;
  }

  open(name: string): DocRoom {
    const pending = this.unloadTimers.get(name);
    if (pending) {
      clearTimeout(pending);
      this.unloadTimers.delete(name);
    }
    let room = this.rooms.get(name);
    if (!room) {
      room = new DocRoom(name, this.storage, this.counters);
      this.rooms.set(name, room);
    }
    return room;
  }

  release(room: DocRoom): void {
    if (room.connections.size > 0 || this.unloadTimers.has(room.name)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.name);
      if (room.connections.size === 0 && this.rooms.get(room.name) === room) {
        this.rooms.delete(room.name);
        room.destroy();
      }
    }, this.idleMs);
    timer.unref();
    this.unloadTimers.set(room.name, timer);
  }

  closeAll(): void {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    for (const room of this.rooms.values()) room.destroy();
    this.rooms.clear();
  }
}
