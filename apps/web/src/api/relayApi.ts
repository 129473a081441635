/** Typed calls to the relay's HTTP API; every failure becomes an ApiError with a catalog code. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

export interface CreatedSession {
  sessionId: string;
  code: string;
  title: string;
  language: string;
  facilitatorKey: string;
  viewerToken: string;
}

export interface JoinedSession {
  sessionId: string;
  participantId: string;
  token: string;
  title: string;
  language: string;
  rejoined: boolean;
}

export interface SessionDescription {
  sessionId: string;
  code: string;
  title: string;
  language: string;
  closed: boolean;
  viewerToken: string;
}

/** What a join code opens, told before anyone types a name. */
export interface CodeDescription {
  code: string;
  title: string;
  language: string;
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  return readAnswer<T>(
    fetch(path, { ...init, headers: { 'content-type': 'application/json', ...init.headers } }),
  );
}

/** Reads a relay answer as JSON; a failed request or a refusal becomes an ApiError with the relay's code. */
export async function readAnswer<T>(pending: Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await pending;
  } catch {
    throw new ApiError('network', 0);
  }
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok) {
    const code = response.status === 429 ? 'rate_limited' : (body?.error ?? 'generic');
    throw new ApiError(code, response.status);
  }
  return body as T;
}

export const createSession = (title: string, language: string) =>
  request<CreatedSession>('/api/sessions', { method: 'POST', body: JSON.stringify({ title, language }) });

/**
 * Checks a typed code before a name is asked: the session's title, or `unknown_code`, `invalid_code`…
 * `pending` is a lookup of the same code already under way (the join page starts one before its script loads).
 */
export const lookUpCode = (code: string, pending?: Promise<Response>) =>
  readAnswer<CodeDescription>(pending ?? fetch(`/api/codes/${encodeURIComponent(code)}`));

export const joinSession = (code: string, name: string, token?: string) =>
  request<JoinedSession>('/api/join', { method: 'POST', body: JSON.stringify({ code, name, token }) });

export const describeSession = (sessionId: string, facilitatorKey: string) =>
  request<SessionDescription>(`/api/sessions/${encodeURIComponent(sessionId)}`, {
    method: 'GET',
    headers: { 'x-facilitator-key': facilitatorKey },
  });

export const syncServerUrl = () =>
  `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
