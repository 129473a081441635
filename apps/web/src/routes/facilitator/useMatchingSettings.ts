import type { GroupingKind } from '@peerloom/session-model';
import { useEffect, useMemo, useReducer } from 'react';
import { loadDraft, saveDraft } from '../../session/deviceStore.ts';
import { parseGroupSizes } from './parseGroupSizes.ts';
import { type MatchingSettings, reduceMatchingSettings } from './reduceMatchingSettings.ts';

/**
 * Group sizes and weights of a step, restored after a reload or a visit to another step, and reset to the
 * defaults when the session changes; `sizeCheck` says whether the typed sizes can be used.
 */
export function useMatchingSettings(sessionId: string | null, kind: GroupingKind) {
  const key = `matching:${sessionId}:${kind}`;
  const [state, dispatch] = useReducer(reduceMatchingSettings, undefined, () =>
    reduceMatchingSettings(undefined, { type: 'open', key }),
  );
  // Reset during render, so that no render shows (and no effect saves) one session's settings under another key.
  if (state.key !== key) dispatch({ type: 'open', key });
  const current = state.key === key ? state : reduceMatchingSettings(undefined, { type: 'open', key });

  useEffect(() => {
    if (!sessionId) return;
    let active = true;
    void loadDraft<unknown>(key).then((stored) => {
      // A change made while the device store was still loading wins over what it held (see the reducer).
      if (active) dispatch({ type: 'restore', key, stored });
    });
    return () => {
      active = false;
    };
  }, [key, sessionId]);

  useEffect(() => {
    if (current.changed && sessionId && current.key === key) void saveDraft(key, current.settings);
  }, [key, sessionId, current]);

  const settings = current.settings;
  const sizeCheck = useMemo(() => parseGroupSizes(settings.sizes), [settings.sizes]);
  const update = (change: Partial<Omit<MatchingSettings, 'bounds'>>) => dispatch({ type: 'update', change });
  return { settings, update, sizeCheck };
}
