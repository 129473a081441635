import { describe, expect, it } from 'vitest';
import { createPeerNetwork } from './createPeerNetwork.ts';
import { createRandom } from './createRandom.ts';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const first = createRandom(42);
    const second = createRandom(42);
    const values = Array.from({ length: 5 }, () => first.next());
    expect(values).toEqual(Array.from({ length: 5 }, () => second.next()));
    expect(new Set(values).size).toBe(5);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('createPeerNetwork', () => {
  it('holds updates until delivered, then converges', () => {
    const network = createPeerNetwork({ peers: 3, docNames: ['d'], seed: 7 });
    network.peers[0]?.doc('d').getMap('m').set('a', 1);
    network.peers[1]?.doc('d').getMap('m').set('b', 2);
    expect(network.peers[2]?.doc('d').getMap('m').size).toBe(0);
    expect(network.pending).toBe(4);
    network.deliverAll();
    for (const peer of network.peers) expect(peer.doc('d').getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('drops writes the network does not accept', () => {
    const network = createPeerNetwork({ peers: 2, docNames: ['d'], seed: 1, accepts: (from) => from === 0 });
    network.peers[1]?.doc('d').getMap('m').set('x', 1);
    network.deliverAll();
    expect(network.peers[0]?.doc('d').getMap('m').has('x')).toBe(false);
  });
});
