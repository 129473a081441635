import type { RelayConfig } from '../api/fetchRelayConfig.ts';

/** The origin to put in join, projector and facilitator links, and whether phones can open it. */
export interface JoinBase {
  url: string;
  reachable: boolean;
  /** public-url: the relay's PUBLIC_URL; browser: the address this browser used; venue-network: the relay's. */
  source: 'public-url' | 'browser' | 'venue-network' | 'this-machine';
  /** Venue-network addresses the relay serves, to suggest when the link only works here. */
  alternatives: readonly string[];
}

const isLoopbackHost = (hostname: string) =>
  hostname === 'localhost' ||
  hostname.endsWith('.localhost') ||
  /^127\./.test(hostname) ||
  hostname === '[::1]' ||
  hostname === '::1';

/**
 * PUBLIC_URL wins; then the address this browser used when it is not this machine's own (phones can use it
 * too); then the venue-network address the relay found; else this browser's address, flagged unreachable.
 */
export function chooseJoinBase(config: RelayConfig | null, origin: string): JoinBase {
  const alternatives = config?.venueUrls ?? [];
  if (config?.source === 'public-url') {
    return {
      url: config.joinBaseUrl,
      reachable: config.reachableFromOtherDevices,
      source: 'public-url',
      alternatives,
    };
  }
  if (!isLoopbackHost(new URL(origin).hostname)) {
    return { url: origin, reachable: true, source: 'browser', alternatives };
  }
  if (config?.reachableFromOtherDevices) {
    return { url: config.joinBaseUrl, reachable: true, source: 'venue-network', alternatives };
  }
  return { url: origin, reachable: false, source: 'this-machine', alternatives };
}
