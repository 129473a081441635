import { type ConnectionRole, DOCUMENT_WRITERS, type DocKind, ROOM_MAPS } from '@peerloom/protocol';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { ClientOwners } from './ClientOwners.ts';
import type { RoomConnection } from './RoomConnection.ts';
import { writePolicy } from './writePolicy.ts';

const connection = (role: ConnectionRole, participantId: string | null = null): RoomConnection => ({
  socket: {} as WebSocket,
  role,
  participantId,
  awarenessClientIds: new Set(),
  send: () => {},
  committed: () => {},
  tokenExpired: () => false,
  refuse: () => {},
});

const verdictOf = (kind: DocKind, who: RoomConnection, write: (doc: Y.Doc) => void) => {
  const device = new Y.Doc();
  write(device);
  const address = { sessionId: 's', kind, groupId: kind === 'group' ? 'G' : null, name: `s/${kind}` };
  const control = new Y.Doc();
  control.getMap('groupMembers').set('G', ['p1']);
  return writePolicy(address, () => control)(
    who,
    new Y.Doc(),
    Y.encodeStateAsUpdate(device),
    new ClientOwners(),
  );
};

describe('writePolicy follows the contract’s DOCUMENT_WRITERS', () => {
  it('lets no connection write the relay’s feedback document, not even the facilitator', () => {
    expect(DOCUMENT_WRITERS.feedback).toBe('relay');
    for (const who of [connection('facilitator'), connection('participant', 'p1'), connection('viewer')]) {
      expect(verdictOf('feedback', who, (doc) => doc.getMap('batches').set('b1', 5))).toEqual({
        verdict: 'refuse',
        reason: 'read_only',
      });
    }
  });

  it('refuses viewers everywhere and drops participants’ writes to control', () => {
    for (const kind of ['control', 'room', 'group'] as const) {
      expect(verdictOf(kind, connection('viewer'), (doc) => doc.getMap('x').set('y', 1))).toMatchObject({
        reason: 'read_only',
      });
    }
    expect(
      verdictOf('control', connection('participant', 'p1'), (doc) => doc.getMap('x').set('y', 1)),
    ).toEqual({
      verdict: 'drop',
    });
  });

  it('gives a participant its own sign-ups and nobody else’s', () => {
    const participant = connection('participant', 'p1');
    const signUp = (key: string) => (doc: Y.Doc) => doc.getMap(ROOM_MAPS.signUps).set(key, { at: 1 });
    expect(verdictOf('room', participant, signUp('p1/class1'))).toMatchObject({
      verdict: 'apply',
      owner: 'p1',
    });
    expect(verdictOf('room', participant, signUp('p2/class1'))).toMatchObject({ reason: 'foreign_key' });
  });

  it('skips an update that changes nothing, from anyone', () => {
    expect(verdictOf('group', connection('viewer'), () => {})).toEqual({ verdict: 'skip' });
  });
});
