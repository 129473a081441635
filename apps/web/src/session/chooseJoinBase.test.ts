import { describe, expect, it } from 'vitest';
import type { RelayConfig } from '../api/fetchRelayConfig.ts';
import { chooseJoinBase } from './chooseJoinBase.ts';

const venue: RelayConfig = {
  joinBaseUrl: 'http://192.168.1.20:8080',
  reachableFromOtherDevices: true,
  source: 'venue-network',
  venueUrls: ['http://192.168.1.20:8080'],
};

describe('chooseJoinBase', () => {
  it('uses PUBLIC_URL whatever address the facilitator opened', () => {
    const config: RelayConfig = { ...venue, joinBaseUrl: 'https://room.example.org', source: 'public-url' };
    expect(chooseJoinBase(config, 'http://localhost:8080')).toMatchObject({
      url: 'https://room.example.org',
      reachable: true,
    });
    expect(chooseJoinBase(config, 'http://192.168.1.20:8080').url).toBe('https://room.example.org');
  });

  it('replaces localhost with the venue-network address the relay printed', () => {
    expect(chooseJoinBase(venue, 'http://localhost:8080')).toMatchObject({
      url: 'http://192.168.1.20:8080',
      reachable: true,
      source: 'venue-network',
    });
    expect(chooseJoinBase(venue, 'http://127.0.0.1:8080').url).toBe('http://192.168.1.20:8080');
  });

  it('keeps an address the browser reached over the network', () => {
    expect(chooseJoinBase(venue, 'http://10.0.0.7:8080')).toMatchObject({
      url: 'http://10.0.0.7:8080',
      reachable: true,
    });
  });

  it('flags localhost when the relay knows no other address, or cannot be asked', () => {
    const alone: RelayConfig = {
      joinBaseUrl: 'http://localhost:8080',
      reachableFromOtherDevices: false,
      source: 'this-machine',
      venueUrls: [],
    };
    expect(chooseJoinBase(alone, 'http://localhost:8080')).toMatchObject({ reachable: false });
    expect(chooseJoinBase(null, 'http://localhost:8080')).toMatchObject({
      url: 'http://localhost:8080',
      reachable: false,
    });
  });
});
