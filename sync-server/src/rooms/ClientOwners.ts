/** The owner of the Yjs client ids a facilitator device writes with: not a participant id (those match `[\w-]`). */
export const FACILITATOR_OWNER = '*facilitator';

/**
 * Who first wrote with each Yjs client id of one document: a participant id, or `FACILITATOR_OWNER` for
 * every facilitator device of the session (they act as one person). Loaded with the document and stored
 * beside its log, so a binding outlives a restart and a compaction.
 */
export class ClientOwners {
  constructor(private readonly owners: Map<number, string> = new Map()) {}

  ownerOf(client: number): string | undefined {
    return this.owners.get(client);
  }

  /** Whether `owner` has written here before (with any client id). */
  hasWritten(owner: string): boolean {
    for (const bound of this.owners.values()) if (bound === owner) return true;
    return false;
  }

  /** Binds the ids nobody owns yet to `owner`; returns the new bindings, to be stored. */
  bind(clients: Iterable<number>, owner: string): [client: number, owner: string][] {
    const added: [number, string][] = [];
    for (const client of clients) {
      if (this.owners.has(client)) continue;
      this.owners.set(client, owner);
      added.push([client, owner]);
    }
    return added;
  }
}
