import { describe, expect, it } from 'vitest';
import { parseRelayConfig } from './fetchRelayConfig.ts';

describe('parseRelayConfig', () => {
  const valid = {
    joinBaseUrl: 'http://192.168.1.20:8080',
    reachableFromOtherDevices: true,
    source: 'venue-network',
    venueUrls: ['http://192.168.1.20:8080'],
  };

  it('accepts what the relay answers', () => {
    expect(parseRelayConfig(valid)).toEqual(valid);
  });

  it('refuses anything that could put a foreign page or script in a join link', () => {
    expect(parseRelayConfig({ ...valid, joinBaseUrl: 'javascript:alert(1)' })).toBeNull();
    expect(parseRelayConfig({ ...valid, joinBaseUrl: 'http://host:8080/path' })).toBeNull();
    expect(parseRelayConfig({ ...valid, reachableFromOtherDevices: 'yes' })).toBeNull();
    expect(parseRelayConfig({ ...valid, source: 'elsewhere' })).toBeNull();
    expect(parseRelayConfig(null)).toBeNull();
  });
});
