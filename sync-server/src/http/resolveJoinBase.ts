/** What `GET /api/config` answers: where other devices should open the app. */
export interface RelayConfig {
  /** Origin for join, projector and facilitator links, without a trailing slash. */
  joinBaseUrl: string;
  /** False when the address only works on the relay's own machine (localhost, or a loopback-only relay). */
  reachableFromOtherDevices: boolean;
  /** Where the address came from: the PUBLIC_URL setting, this machine's venue-network address, or neither. */
  source: 'public-url' | 'venue-network' | 'this-machine';
  /** Every venue-network address the relay serves, the chosen one first. */
  venueUrls: string[];
}

export interface JoinBaseInputs {
  publicUrl?: string | undefined;
  /** The interface the relay listens on (HOST). */
  host: string;
  port: number;
  /** This machine's venue-network IPv4 addresses, likeliest first (see venueAddresses). */
  addresses: readonly string[];
}

const WILDCARD_HOSTS = new Set(['', '0.0.0.0', '::', '[::]']);
const isLoopback = (host: string) =>
  host === 'localhost' || /^127\./.test(host) || host === '::1' || host === '[::1]';

/** Picks the join address: PUBLIC_URL, else the venue-network address the relay listens on, else localhost. */
export function resolveJoinBase({ publicUrl, host, port, addresses }: JoinBaseInputs): RelayConfig {
  const listensEverywhere = WILDCARD_HOSTS.has(host);
  const served = listensEverywhere ? addresses : isLoopback(host) ? [] : [host];
  const venueUrls = served.map(
    (address) => `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
  );
  const configured = publicUrl?.trim().replace(/\/+$/, '');
  if (configured) {
    const hostname = new URL(configured).hostname;
    return {
      joinBaseUrl: configured,
      reachableFromOtherDevices: !isLoopback(hostname),
      source: 'public-url',
      venueUrls,
    };
  }
  const [first] = venueUrls;
  if (first)
    return { joinBaseUrl: first, reachableFromOtherDevices: true, source: 'venue-network', venueUrls };
  return {
    joinBaseUrl: `http://localhost:${port}`,
    reachableFromOtherDevices: false,
    source: 'this-machine',
    venueUrls,
  };
}
