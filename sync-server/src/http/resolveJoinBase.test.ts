import { describe, expect, it } from 'vitest';
import { resolveJoinBase } from './resolveJoinBase.ts';

describe('resolveJoinBase', () => {
  it('prefers PUBLIC_URL, without its trailing slash, and flags a localhost PUBLIC_URL', () => {
    const base = { host: '0.0.0.0', port: 8080, addresses: ['192.168.1.20'] };
    expect(resolveJoinBase({ ...base, publicUrl: 'http://room.local:8080/' }).joinBaseUrl).toBe(
      'http://room.local:8080',
    );
    expect(resolveJoinBase({ ...base, publicUrl: 'http://localhost:8080' })).toMatchObject({
      reachableFromOtherDevices: false,
      source: 'public-url',
    });
  });

  it('uses the address a relay bound to one interface listens on, never another', () => {
    expect(resolveJoinBase({ host: '10.1.2.3', port: 80, addresses: ['192.168.1.20'] })).toMatchObject({
      joinBaseUrl: 'http://10.1.2.3:80',
      reachableFromOtherDevices: true,
    });
  });

  it('falls back to localhost, unreachable, with no network', () => {
    expect(resolveJoinBase({ host: '0.0.0.0', port: 8080, addresses: [] })).toEqual({
      joinBaseUrl: 'http://localhost:8080',
      reachableFromOtherDevices: false,
      source: 'this-machine',
      venueUrls: [],
    });
  });
});
