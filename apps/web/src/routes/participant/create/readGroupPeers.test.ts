import { describe, expect, it } from 'vitest';
import { readGroupPeers } from './readGroupPeers.ts';

describe('readGroupPeers', () => {
  it('lists each other member once, by name, without this participant', () => {
    const peers = readGroupPeers(
      [
        { user: { participantId: 'p-bao', name: 'Bao', color: '#0b6e4f' } },
        { user: { participantId: 'p-ada', name: 'Ada', color: '#1a4f8b' } },
        { user: { participantId: 'p-bao', name: 'Bao', color: '#0b6e4f' }, cursor: null },
        { user: { participantId: 'p-me', name: 'Me', color: '#a4161a' } },
      ],
      'p-me',
    );
    expect(peers.map((peer) => peer.name)).toEqual(['Ada', 'Bao']);
  });

  it('leaves out malformed presence and never passes on an unsafe colour', () => {
    const peers = readGroupPeers(
      [
        {},
        { user: 'Ada' },
        { user: { participantId: 7, name: 'Seven' } },
        { user: { participantId: 'p-eve', name: 'Eve', color: 'red;background:url(x)' } },
      ],
      'p-me',
    );
    expect(peers).toEqual([{ participantId: 'p-eve', name: 'Eve', color: '#4a5568' }]);
  });
});
