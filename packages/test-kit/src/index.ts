export {
  type ChaosProxy,
  type ChaosProxyOptions,
  createChaosProxy,
  type LinkConditions,
} from './createChaosProxy.ts';
export {
  createPeerNetwork,
  type NetworkPeer,
  type PeerNetwork,
  type PeerNetworkOptions,
} from './createPeerNetwork.ts';
export { createRandom, type Random, seedFromEnvironment } from './createRandom.ts';
export { findFreePort } from './findFreePort.ts';
