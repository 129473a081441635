import { describe, expect, it } from 'vitest';
import { ownerOfRoomKey } from './roomKeyOwnership.ts';

describe('ownerOfRoomKey', () => {
  it('reads the owner of each convention', () => {
    expect(ownerOfRoomKey('roster', 'p1')).toBe('p1');
    expect(ownerOfRoomKey('contributionOptOut', 'p1')).toBe('p1');
    expect(ownerOfRoomKey('answers', 'q1/p1')).toBe('p1');
    expect(ownerOfRoomKey('comments', 'p1/c1')).toBe('p1');
    expect(ownerOfRoomKey('reactions', 'p1/prod/learned')).toBe('p1');
    expect(ownerOfRoomKey('signUps', 'p1/class1')).toBe('p1');
    expect(ownerOfRoomKey('evaluations', 'p1/prod')).toBe('p1');
    expect(ownerOfRoomKey('evaluationReactions', 'p1/evaluation')).toBe('p1');
  });

  it('finds no owner for malformed keys, unowned maps and unknown maps', () => {
    expect(ownerOfRoomKey('roster', '')).toBeNull();
    expect(ownerOfRoomKey('answers', 'p1')).toBeNull();
    expect(ownerOfRoomKey('answers', '/p1')).toBeNull();
    expect(ownerOfRoomKey('answers', 'q1/')).toBeNull();
    expect(ownerOfRoomKey('comments', 'p1')).toBeNull();
    expect(ownerOfRoomKey('signUps', 'p1')).toBeNull();
    expect(ownerOfRoomKey('evaluations', 'p1')).toBeNull();
    expect(ownerOfRoomKey('evaluationReactions', '/e1')).toBeNull();
    expect(ownerOfRoomKey('meta', 'schemaVersion')).toBeNull();
    expect(ownerOfRoomKey('__proto__', 'p1')).toBeNull();
    expect(ownerOfRoomKey('toString', 'p1')).toBeNull();
    expect(ownerOfRoomKey('elsewhere', 'p1')).toBeNull();
  });
});
