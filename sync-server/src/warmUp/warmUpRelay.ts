import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL_MAPS } from '@peerloom/protocol';
import * as Y from 'yjs';
import { createRelay, type Relay } from '../createRelay.ts';
import { createLogger } from '../observability/createLogger.ts';
import { ScratchClient } from './ScratchClient.ts';

export interface WarmUpOptions {
  groups?: number;
  membersPerGroup?: number;
  /** Characters each member types. */
  keystrokesPerMember?: number;
  /** The warm-up gives up (and the relay starts cold) past this. */
  timeoutMs?: number;
  /** Stops it early (rejecting with `WARM_UP_STOPPED`): real devices arrived, and their traffic warms the code. */
  signal?: AbortSignal;
}

/** What a warm-up stopped by its `signal` rejects with. */
export const WARM_UP_STOPPED = 'warm-up stopped';

export interface WarmUpReport {
  keystrokes: number;
  /** Keystrokes that reached another member's copy. */
  delivered: number;
  ms: number;
}

interface Member {
  client: ScratchClient;
  control: ScratchClient;
  text: Y.XmlText;
}

const FIELD = 'field';

async function postJson<T>(baseUrl: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`warm-up ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Resolves once `done()` holds, checking every millisecond; rejects past `deadline` or once `signal` aborts. */
async function until(
  done: () => boolean,
  deadline: number,
  what: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  while (!done()) {
    if (signal?.aborted) throw new Error(WARM_UP_STOPPED);
    if (Date.now() > deadline) throw new Error(`warm-up timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

const converged = (group: Member[]) =>
  group.every((member) =>
    group.every(
      (other) =>
        Y.getState(member.client.doc.store, other.client.doc.clientID) >=
        Y.getState(other.client.doc.store, other.client.doc.clientID),
    ),
  );

/**
 * Runs a small step-4 session through a scratch relay in this process (its own port on loopback, its own
 * SQLite folder, removed after): members join, open the control document and their group's production,
 * and type with their caret in their presence, while the relay checks, applies, stores, acknowledges and
 * forwards every keystroke. A relay started cold interprets that code for its first seconds; when 300
 * members type at once (step 4 starting, or every device reconnecting after a relay restart) the first
 * seconds queued up to 1.6 s. The relay runs it once it listens (`main.ts`), so that a restart does not keep
 * reconnecting devices waiting for it, and stops it (`signal`) when the first device arrives.
 */
export async function warmUpRelay(options: WarmUpOptions = {}): Promise<WarmUpReport> {
  const groups = options.groups ?? 4;
  const membersPerGroup = options.membersPerGroup ?? 5;
  const rounds = options.keystrokesPerMember ?? 120;
  const startedAt = performance.now();
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-warm-up-'));
  const clients: ScratchClient[] = [];
  let relay: Relay | null = null;
  try {
    relay = await createRelay({ port: 0, host: '127.0.0.1', dataDir, logger: createLogger('silent') });
    const baseUrl = `http://127.0.0.1:${relay.port}`;
    const session = await postJson<{ sessionId: string; code: string; facilitatorKey: string }>(
      baseUrl,
      '/api/sessions',
      { title: 'Warm-up' },
    );
    const open = (path: string, params: Record<string, string>) => {
      const query = new URLSearchParams({ ...params, ack: '1' });
      const client = new ScratchClient(
        `ws://127.0.0.1:${relay?.port}/sync/${session.sessionId}/${path}?${query}`,
      );
      clients.push(client);
      return client;
    };
    const facilitator = open('control', { key: session.facilitatorKey });
    await facilitator.synced;
    const teams: Member[][] = [];
    for (let group = 0; group < groups; group++) {
      const joined = [];
      for (let position = 0; position < membersPerGroup; position++) {
        joined.push(
          await postJson<{ participantId: string; token: string }>(baseUrl, '/api/join', {
            code: session.code,
            name: `Warm-up ${group}.${position}`,
          }),
        );
      }
      const groupId = `warm-up-${group}`;
      facilitator.doc.getMap(CONTROL_MAPS.groupMembers).set(
        groupId,
        joined.map((participant) => participant.participantId),
      );
      const team = await Promise.all(
        joined.map(async (participant): Promise<Member> => {
          const control = open('control', { token: participant.token });
          await control.synced;
          await until(
            () => control.doc.getMap(CONTROL_MAPS.groupMembers).has(groupId),
            deadline,
            'membership',
            options.signal,
          );
          const client = open(`group/${groupId}`, { token: participant.token });
          await client.synced;
          const paragraph = new Y.XmlElement('paragraph');
          const text = new Y.XmlText();
          paragraph.insert(0, [text]);
          client.doc.getXmlFragment(FIELD).push([paragraph]);
          client.awareness.setLocalStateField('user', { name: participant.participantId, color: '#0a7' });
          return { client, control, text };
        }),
      );
      teams.push(team);
    }
    for (let round = 0; round < rounds; round++) {
      for (const member of teams.flat()) {
        member.text.insert(member.text.length, String.fromCharCode(97 + (round % 26)));
        const caret = Y.relativePositionToJSON(
          Y.createRelativePositionFromTypeIndex(member.text, member.text.length),
        );
        member.client.awareness.setLocalStateField('cursor', { anchor: caret, head: caret });
      }
      await until(
        () => teams.every(converged),
        deadline,
        'the keystrokes to reach every member',
        options.signal,
      );
    }
    const members = teams.flat();
    const seen = (member: Member) =>
      member.client.doc
        .getXmlFragment(FIELD)
        .toArray()
        .reduce((total, node) => {
          const text = node instanceof Y.XmlElement ? node.get(0) : null;
          return total + (text instanceof Y.XmlText && text !== member.text ? text.length : 0);
        }, 0);
    return {
      keystrokes: members.length * rounds,
      delivered: members.reduce((total, member) => total + seen(member), 0),
      ms: Math.round(performance.now() - startedAt),
    };
  } finally {
    for (const client of clients) client.close();
    await relay?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
