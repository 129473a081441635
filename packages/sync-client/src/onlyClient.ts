/** What y-protocols' Awareness reports on `change`: the client ids whose presence state came, changed or went. */
export interface PresenceChange {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

/** Whether a presence change concerns one client only (e.g. this device's own caret). */
export function onlyClient(change: PresenceChange, clientId: number): boolean {
  return [change.added, change.updated, change.removed].every((ids) => ids.every((id) => id === clientId));
}
