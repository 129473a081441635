import type { PeerNetwork } from '@peerloom/test-kit';
import { expect } from 'vitest';
import { readSnapshot } from '../readSnapshot.ts';

/** Every peer of the network reads the same session snapshot as the first one; the seed is printed if not. */
export function expectPeersAgree(network: PeerNetwork, seed: number): void {
  const read = (peer: PeerNetwork['peers'][number]) =>
    JSON.stringify(readSnapshot(peer.doc('control'), peer.doc('room')));
  const [first] = network.peers;
  if (!first) throw new Error('no peers');
  const expected = read(first);
  for (const peer of network.peers) {
    expect(read(peer), `peer ${peer.index} diverged; rerun with SEED=${seed}`).toBe(expected);
  }
}
