import type { JoinBounds } from '../http/JoinBounds.ts';
import type { RoomLink } from '../rooms/RoomRegistry.ts';
import type { DocumentStore } from './DocumentStore.ts';
import type { SessionDirectory } from './SessionDirectory.ts';
import type { StorageWriter } from './StorageWriter.ts';

/** The relay's two stores, from one backend (SQLite in the data folder, or Redis), closed together. */
export interface StorageBackends {
  documents: DocumentStore;
  directory: SessionDirectory;
  /** SQLite only: the thread that commits document writes (tests stop it to see a commit fail). */
  writer: StorageWriter | null;
  /** Redis: the link to the other relays (fan-out of updates and presence). */
  link: RoomLink | null;
  /** Redis: join bounds shared by every relay; null keeps the relay's own `JoinLimiter`. */
  joinBounds: JoinBounds | null;
  /** The relay's own SQLite file for what stays per relay (the anonymous feedback inbox). */
  localFile: string;
  /** Closes the stores, once every commit has been awaited by the caller. */
  close(): Promise<void>;
}
