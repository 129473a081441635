import { useEffect, useSyncExternalStore } from 'react';
import { fetchRelayConfig, parseRelayConfig, type RelayConfig } from '../api/fetchRelayConfig.ts';
import { chooseJoinBase, type JoinBase } from './chooseJoinBase.ts';

// localStorage, not IndexedDB: read synchronously, so the first paint already shows the right link and QR code.
const STORAGE_KEY = 'peerloom:relay-config';

function readCached(): RelayConfig | null {
  try {
    return parseRelayConfig(JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return null;
  }
}

/** A join base, and whether the relay (or this device's copy of its answer) was consulted yet. */
export interface CheckedJoinBase extends JoinBase {
  checked: boolean;
}

let config: RelayConfig | null | undefined;
let checked = false;
let requested = false;
let current: CheckedJoinBase | null = null;
const listeners = new Set<() => void>();

function loadCached() {
  if (config !== undefined) return;
  config = readCached();
  checked = config !== null;
}

function getJoinBase(): CheckedJoinBase {
  loadCached();
  current ??= { ...chooseJoinBase(config ?? null, location.origin), checked };
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function requestConfig() {
  if (requested) return;
  requested = true;
  void fetchRelayConfig().then((fresh) => {
    loadCached();
    if (fresh) {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(fresh));
      config = fresh;
    }
    checked = true;
    current = null;
    for (const listener of listeners) listener();
  });
}

/**
 * Where phones should open this session: asked of the relay once per page load and kept on the device, so an
 * offline reload shows the same link; this browser's address (flagged) until the relay answers.
 */
export function useJoinBase(): CheckedJoinBase {
  useEffect(requestConfig, []);
  return useSyncExternalStore(subscribe, getJoinBase);
}
