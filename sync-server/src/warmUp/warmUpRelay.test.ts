import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { warmUpRelay } from './warmUpRelay.ts';

const scratchFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('peerloom-warm-up-'));

describe('warmUpRelay', () => {
  it('types through a scratch relay until every keystroke reached every other member, then leaves nothing behind', async () => {
    const before = scratchFolders();
    const report = await warmUpRelay({ groups: 2, membersPerGroup: 3, keystrokesPerMember: 20 });
    expect(report.keystrokes).toBe(2 * 3 * 20);
    expect(report.delivered).toBe(report.keystrokes * 2);
    expect(scratchFolders()).toEqual(before);
  });

  it('gives up past its time limit and still removes its scratch relay and folder', async () => {
    const before = scratchFolders();
    await expect(warmUpRelay({ keystrokesPerMember: 1_000_000, timeoutMs: 300 })).rejects.toThrow(
      /timed out/,
    );
    expect(scratchFolders()).toEqual(before);
  });
});
