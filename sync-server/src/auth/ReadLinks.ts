import type { Storage } from '../storage/openStorage.ts';

/** Where a session's read link stands: its epoch, and whether a link of that epoch is shared. */
export interface ReadLinkState {
  epoch: number;
  active: boolean;
}

const settingKey = (sessionId: string) => `read-link:${sessionId}`;

/**
 * The session page's revocable read link. A link token carries the epoch it was issued for; the
 * link is valid while that epoch is the session's and active. Revoking deactivates it, and sharing
 * again starts a new epoch, so no earlier link comes back. Stored in the settings table, which the
 * relay already reads and writes on its main thread.
 */
export class ReadLinks {
  constructor(private readonly storage: Storage) {}

  state(sessionId: string): ReadLinkState {
    const stored = this.storage.getSetting(settingKey(sessionId));
    if (!stored) return { epoch: 0, active: false };
    try {
      const parsed = JSON.parse(stored) as Partial<ReadLinkState>;
      return {
        epoch: typeof parsed.epoch === 'number' ? parsed.epoch : 0,
        active: parsed.active === true,
      };
    } catch {
      return { epoch: 0, active: false };
    }
  }

  /** The epoch of the shared link, starting a new one when none is active. */
  share(sessionId: string): number {
    const current = this.state(sessionId);
    if (current.active) return current.epoch;
    const next = { epoch: current.epoch + 1, active: true };
    this.storage.setSetting(settingKey(sessionId), JSON.stringify(next));
    return next.epoch;
  }

  /** Withdraws the shared link; returns whether one was active. */
  revoke(sessionId: string): boolean {
    const current = this.state(sessionId);
    if (!current.active) return false;
    this.storage.setSetting(settingKey(sessionId), JSON.stringify({ epoch: current.epoch, active: false }));
    return true;
  }

  accepts(sessionId: string, epoch: number): boolean {
    const current = this.state(sessionId);
    return current.active && current.epoch === epoch;
  }
}
