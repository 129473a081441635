import { sleep } from './benchClock.ts';

export interface CreatedSession {
  sessionId: string;
  code: string;
  facilitatorKey: string;
}

export interface JoinedParticipant {
  participantId: string;
  token: string;
}

export interface JoinStats {
  requests: number;
  rateLimited: number;
  waitedMs: number;
}

const MAX_BACKOFF_MS = 5000;

async function postJson(baseUrl: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Creates one session through the relay's HTTP API. */
export async function createSession(baseUrl: string, title: string): Promise<CreatedSession> {
  const response = await postJson(baseUrl, '/api/sessions', { title });
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`create session: HTTP ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as CreatedSession;
}

function retryDelayMs(response: Response, attempt: number): number {
  const header = Number(response.headers.get('retry-after'));
  if (Number.isFinite(header) && header > 0) return Math.min(header * 1000, 60_000);
  return Math.min(MAX_BACKOFF_MS, 100 * 2 ** attempt);
}

/** Joins one participant, backing off and retrying while the relay answers 429 rate_limited. */
async function joinOne(
  baseUrl: string,
  code: string,
  name: string,
  stats: JoinStats,
  deadline: number,
): Promise<JoinedParticipant> {
  for (let attempt = 0; ; attempt++) {
    stats.requests++;
    const response = await postJson(baseUrl, '/api/join', { code, name });
    if (response.status === 200) return (await response.json()) as JoinedParticipant;
    if (response.status !== 429) throw new Error(`join: HTTP ${response.status} ${await response.text()}`);
    await response.body?.cancel();
    stats.rateLimited++;
    const delay = retryDelayMs(response, attempt);
    if (Date.now() + delay > deadline)
      throw new Error(`join: still rate limited after ${stats.requests} requests`);
    stats.waitedMs += delay;
    await sleep(delay);
  }
}

/** Joins one participant per name to the session with `code`, a few at a time, in order. */
export async function joinParticipants(
  baseUrl: string,
  code: string,
  names: string[],
  stats: JoinStats,
  options: { concurrency: number; deadline: number },
): Promise<JoinedParticipant[]> {
  const joined: JoinedParticipant[] = new Array(names.length);
  let next = 0;
  const lane = async () => {
    while (next < names.length) {
      const index = next++;
      joined[index] = await joinOne(
        baseUrl,
        code,
        names[index] ?? `Participant ${index}`,
        stats,
        options.deadline,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, names.length) }, lane));
  return joined;
}
