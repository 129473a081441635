/** The relay's answer to `GET /api/config`: where other devices should open the app. */
export interface RelayConfig {
  joinBaseUrl: string;
  reachableFromOtherDevices: boolean;
  source: 'public-url' | 'venue-network' | 'this-machine';
  venueUrls: string[];
}

const SOURCES = new Set<RelayConfig['source']>(['public-url', 'venue-network', 'this-machine']);

/** Checks an untrusted value (network or device storage) and returns it as a RelayConfig, or null. */
export function parseRelayConfig(value: unknown): RelayConfig | null {
  if (typeof value !== 'object' || value === null) return null;
  const { joinBaseUrl, reachableFromOtherDevices, source, venueUrls } = value as Record<string, unknown>;
  if (typeof joinBaseUrl !== 'string' || !/^https?:\/\/[^/\s]+$/.test(joinBaseUrl)) return null;
  if (typeof reachableFromOtherDevices !== 'boolean') return null;
  if (typeof source !== 'string' || !SOURCES.has(source as RelayConfig['source'])) return null;
  const urls = Array.isArray(venueUrls)
    ? venueUrls.filter((url): url is string => typeof url === 'string')
    : [];
  return { joinBaseUrl, reachableFromOtherDevices, source: source as RelayConfig['source'], venueUrls: urls };
}

/** Asks the relay; null when it cannot be reached or answers something unexpected. */
export async function fetchRelayConfig(): Promise<RelayConfig | null> {
  try {
    const response = await fetch('/api/config', { cache: 'no-store' });
    return response.ok ? parseRelayConfig(await response.json()) : null;
  } catch {
    return null;
  }
}
