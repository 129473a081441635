import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { venueAddresses } from './venueAddresses.ts';

const ipv4 = (address: string, internal = false) =>
  ({
    address,
    family: 'IPv4',
    internal,
    netmask: '255.255.255.0',
    mac: '',
    cidr: null,
  }) as NetworkInterfaceInfo;

describe('venueAddresses', () => {
  it('puts the Wi-Fi address before container bridges and skips loopback and IPv6', () => {
    const addresses = venueAddresses({
      lo: [ipv4('127.0.0.1', true)],
      docker0: [ipv4('172.17.0.1')],
      wlan0: [
        ipv4('192.168.1.20'),
        { ...ipv4('fe80::1'), family: 'IPv6', scopeid: 0 } as NetworkInterfaceInfo,
      ],
    });
    expect(addresses).toEqual(['192.168.1.20', '172.17.0.1']);
  });
});
