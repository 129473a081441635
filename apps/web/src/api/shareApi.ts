import { type CreatedSession, readAnswer } from './relayApi.ts';

/** The session page's read link as the relay reports it: a token while a link is shared. */
export interface ReadLinkState {
  active: boolean;
  token?: string;
  /** `/g/SESSION#read=TOKEN`, to put after the address phones can reach. */
  path?: string;
}

const readLinkCall = (sessionId: string, facilitatorKey: string, method: 'GET' | 'POST' | 'DELETE') =>
  readAnswer<ReadLinkState>(
    fetch(`/api/sessions/${encodeURIComponent(sessionId)}/read-link`, {
      method,
      headers: { 'x-facilitator-key': facilitatorKey },
    }),
  );

/** Whether a read link is shared now (and a token for it). */
export const getReadLink = (sessionId: string, facilitatorKey: string) =>
  readLinkCall(sessionId, facilitatorKey, 'GET');

/** Shares the page: the current read link, or a new one when none is shared. */
export const shareReadLink = (sessionId: string, facilitatorKey: string) =>
  readLinkCall(sessionId, facilitatorKey, 'POST');

/** Withdraws the read link: the relay closes the pages open with it and refuses it from now on. */
export const revokeReadLink = (sessionId: string, facilitatorKey: string) =>
  readLinkCall(sessionId, facilitatorKey, 'DELETE');

/** The session archive as a file to save (JSON; see sync-server/docs/archive-format.md). */
export async function fetchArchive(sessionId: string, facilitatorKey: string): Promise<Blob> {
  const archive = await readAnswer<unknown>(
    fetch(`/api/sessions/${encodeURIComponent(sessionId)}/archive`, {
      headers: { 'x-facilitator-key': facilitatorKey },
    }),
  );
  return new Blob([JSON.stringify(archive)], { type: 'application/json' });
}

/** Creates a new session from an archive's text; the relay checks it and answers like a created session. */
export const importArchive = (archiveText: string) =>
  readAnswer<CreatedSession>(
    fetch('/api/sessions/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: archiveText,
    }),
  );
