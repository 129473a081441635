import {
  type Actor,
  asParticipantId,
  type SessionStore,
  type SessionStoreOptions,
} from '@peerloom/session-model';
import { openSessionDocuments, type SessionAuth, type SessionDocuments } from '@peerloom/sync-client';
import { useEffect, useState } from 'react';
import { syncServerUrl } from '../api/relayApi.ts';
import { serverNow, syncServerClock } from './serverClock.ts';

/** An open session; `Commands` are those of the device's role (every command on a facilitator's device). */
export interface SessionHandle<Commands = unknown> {
  readonly sessionId: string;
  readonly access: SessionAccess;
  readonly store: SessionStore<Commands>;
  readonly documents: SessionDocuments;
}

export type SessionAccess =
  | { role: 'facilitator'; key: string }
  | { role: 'participant'; participantId: string; token: string }
  | { role: 'viewer'; token: string };

function toAuth(access: SessionAccess): SessionAuth {
  return access.role === 'facilitator' ? { key: access.key } : { token: access.token };
}

function toActor(access: SessionAccess): Actor {
  if (access.role === 'participant') {
    return { role: 'participant', participantId: asParticipantId(access.participantId) };
  }
  return { role: access.role };
}

/**
 * Opens the session's documents and model for as long as the screen shows them. `createStore` is the
 * model's store for the device's role, so a phone never downloads the facilitator's commands.
 */
export function useSessionHandle<Commands>(
  sessionId: string,
  access: SessionAccess | null,
  createStore: (options: SessionStoreOptions) => SessionStore<Commands>,
): SessionHandle<Commands> | null {
  const [handle, setHandle] = useState<SessionHandle<Commands> | null>(null);
  const accessKey = access ? JSON.stringify(access) : null;

  useEffect(() => {
    if (!accessKey) return;
    const current = JSON.parse(accessKey) as SessionAccess;
    const documents = openSessionDocuments({
      serverUrl: syncServerUrl(),
      sessionId,
      auth: toAuth(current),
      persist: true,
    });
    const store = createStore({
      control: documents.control,
      room: documents.room,
      actor: toActor(current),
      now: serverNow,
    });
    void syncServerClock();
    if (current.role === 'participant') documents.announceParticipant(current.participantId);
    setHandle({ sessionId, access: current, store, documents });
    window.addEventListener('online', syncServerClock);
    void navigator.storage?.persist?.().catch(() => false);
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') void documents.flush();
    };
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flushWhenHidden);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flushWhenHidden);
      window.removeEventListener('online', syncServerClock);
      setHandle(null);
      store.destroy();
      void documents.destroy();
    };
  }, [sessionId, accessKey, createStore]);

  return handle;
}
