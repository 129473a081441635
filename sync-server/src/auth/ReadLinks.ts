import type { SessionDirectory } from '../storage/SessionDirectory.ts';

/** Where a session's read link stands: its epoch, and whether a link of that epoch is shared. */
export interface ReadLinkState {
  epoch: number;
  active: boolean;
  /** When this epoch's link was shared: its tokens are issued at that time, so the link reads the same each time. */
  sharedAt: number;
}

const settingKey = (sessionId: string) => `read-link:${sessionId}`;

/**
 * The session page's revocable read link. A link token carries the epoch it was issued for; the
 * link is valid while that epoch is the session's and active. Revoking deactivates it, and sharing
 * again starts a new epoch, so no earlier link comes back. Stored among the directory's settings.
 */
export class ReadLinks {
  constructor(private readonly storage: SessionDirectory) {}

  async state(sessionId: string): Promise<ReadLinkState> {
    const stored = await this.storage.getSetting(settingKey(sessionId));
    if (!stored) return { epoch: 0, active: false, sharedAt: 0 };
    try {
      const parsed = JSON.parse(stored) as Partial<ReadLinkState>;
      return {
        epoch: typeof parsed.epoch === 'number' ? parsed.epoch : 0,
        active: parsed.active === true,
        sharedAt: typeof parsed.sharedAt === 'number' ? parsed.sharedAt : 0,
      };
    } catch {
      return { epoch: 0, active: false, sharedAt: 0 };
    }
  }

  /** The shared link's state, starting a new epoch at `now` when none is active. */
  async share(sessionId: string, now: number): Promise<ReadLinkState> {
    const current = await this.state(sessionId);
    if (current.active) return current;
    const next = { epoch: current.epoch + 1, active: true, sharedAt: now };
    await this.storage.setSetting(settingKey(sessionId), JSON.stringify(next));
    return next;
  }

  /** Withdraws the shared link; returns whether one was active. */
  async revoke(sessionId: string): Promise<boolean> {
    const current = await this.state(sessionId);
    if (!current.active) return false;
    await this.storage.setSetting(settingKey(sessionId), JSON.stringify({ ...current, active: false }));
    return true;
  }

  async accepts(sessionId: string, epoch: number): Promise<boolean> {
    const current = await this.state(sessionId);
    return current.active && current.epoch === epoch;
  }
}
