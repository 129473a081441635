export {
  createPeerNetwork,
  type NetworkPeer,
  type PeerNetwork,
  type PeerNetworkOptions,
} from './createPeerNetwork.ts';
export { createRandom, type Random, seedFromEnvironment } from './createRandom.ts';
