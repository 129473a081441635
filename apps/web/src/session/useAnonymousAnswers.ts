import {
  type AnonymousAnswer,
  type AnonymousAnswersStore,
  createAnonymousAnswersStore,
} from '@peerloom/session-model';
import { openSyncedDocument, type SyncedDocument } from '@peerloom/sync-client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { syncServerUrl } from '../api/relayApi.ts';
import type { SessionHandle } from './useSessionHandle.ts';

const none: readonly AnonymousAnswer[] = Object.freeze([]);
const noop = () => () => {};

/**
 * The answers the relay released into the session's `feedback` document, read-only, opened while `enabled`
 * (the facilitator always; a participant once the results are shared, else the relay refuses with 4403).
 */
export function useAnonymousAnswers(handle: SessionHandle, enabled: boolean): readonly AnonymousAnswer[] {
  const [opened, setOpened] = useState<{ document: SyncedDocument; store: AnonymousAnswersStore } | null>(
    null,
  );
  const { sessionId, access } = handle;
  const params = access.role === 'facilitator' ? { key: access.key } : { token: access.token };
  const paramsKey = JSON.stringify(params);

  useEffect(() => {
    if (!enabled) return;
    const document = openSyncedDocument({
      serverUrl: syncServerUrl(),
      path: `${sessionId}/feedback`,
      params: JSON.parse(paramsKey) as Record<string, string>,
      persistenceName: `peerloom:${sessionId}:feedback`,
    });
    const store = createAnonymousAnswersStore(document.doc);
    setOpened({ document, store });
    return () => {
      setOpened(null);
      store.destroy();
      void document.destroy();
    };
  }, [sessionId, paramsKey, enabled]);

  return useSyncExternalStore(opened?.store.subscribe ?? noop, opened?.store.getAnswers ?? (() => none));
}
