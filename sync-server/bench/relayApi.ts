import { request } from 'node:http';
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

interface Answer {
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
  body?: { cancel(): Promise<void> } | null;
}

/** POSTs JSON through `fetch`, or through node:http from `localAddress` (a loopback source such as 127.0.0.7). */
async function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  localAddress?: string,
): Promise<Answer> {
  const payload = JSON.stringify(body);
  if (!localAddress) {
    return fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
    });
  }
  return new Promise((resolve, reject) => {
    const sending = request(
      `${baseUrl}${path}`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', reject);
        response.once('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: { get: (name) => String(response.headers[name.toLowerCase()] ?? '') || null },
            json: async () => JSON.parse(text),
            text: async () => text,
          });
        });
      },
    );
    sending.once('error', reject);
    sending.end(payload);
  });
}

/** Creates one session through the relay's HTTP API. */
export async function createSession(
  baseUrl: string,
  title: string,
  localAddress?: string,
): Promise<CreatedSession> {
  const response = await postJson(baseUrl, '/api/sessions', { title }, localAddress);
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`create session: HTTP ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as CreatedSession;
}

function retryDelayMs(response: Answer, attempt: number): number {
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
  localAddress: string | undefined,
): Promise<JoinedParticipant> {
  for (let attempt = 0; ; attempt++) {
    stats.requests++;
    const response = await postJson(baseUrl, '/api/join', { code, name }, localAddress);
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
  /** `localAddress`: the loopback source to join from; the relay bounds joins per address, as at a venue. */
  options: { concurrency: number; deadline: number; localAddress?: string },
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
        options.localAddress,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, names.length) }, lane));
  return joined;
}
