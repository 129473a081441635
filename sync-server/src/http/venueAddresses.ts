import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';

/** Interfaces of containers, VMs and VPNs: phones in the room are not on them. */
const VIRTUAL_INTERFACE = /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|wg|zt|tailscale|lo)/i;

const isPrivateIpv4 = (address: string) =>
  /^10\./.test(address) || /^192\.168\./.test(address) || /^172\.(1[6-9]|2\d|3[01])\./.test(address);

/**
 * This machine's IPv4 addresses that other devices on the venue network can reach, the likeliest first:
 * physical interfaces before virtual ones, private (Wi-Fi, LAN) ranges before public ones.
 */
export function venueAddresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  const candidates = Object.entries(interfaces).flatMap(([name, infos]) =>
    (infos ?? [])
      .filter((info) => info.family === 'IPv4' && !info.internal)
      .map((info) => ({
        address: info.address,
        rank: (VIRTUAL_INTERFACE.test(name) ? 2 : 0) + (isPrivateIpv4(info.address) ? 0 : 1),
      })),
  );
  return candidates
    .map((candidate, order) => ({ ...candidate, order }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((candidate) => candidate.address);
}
