import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../observability/createLogger.ts';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

describe('observability', () => {
  let fixture: RelayFixture;
  afterEach(() => fixture.cleanup());

  it('exposes Prometheus metrics and logs JSON lines without names, answers or tokens', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).trim().split('\n'));
        done();
      },
    });
    fixture = await startRelay({ logger: createLogger('debug', sink) });
    const created = await fixture.post<{ sessionId: string; code: string; facilitatorKey: string }>(
      '/api/sessions',
      { title: 'Secret title' },
    );
    const { token, participantId } = (
      await fixture.post<{ token: string; participantId: string }>('/api/join', {
        code: created.body.code,
        name: 'Zelda',
      })
    ).body;
    await fixture.post('/api/join', { code: 'ZZZZZZ', name: 'Yorick' });
    const writer = fixture.connect(`${created.body.sessionId}/room`, { token });
    const reader = fixture.connect(`${created.body.sessionId}/room`, { token });
    await Promise.all([writer.synced, reader.synced]);
    writer.doc.getMap('answers').set(`q/${participantId}`, 'my confidential answer');
    await waitForDoc(reader.doc, () => reader.doc.getMap('answers').size === 1);
    fixture
      .connect(`${created.body.sessionId}/control`, { token })
      .doc.getMap('session')
      .set('x', 'Zelda wrote');

    const raw = new WebSocket(
      `ws://127.0.0.1:${fixture.relay.port}/sync/${created.body.sessionId}/room?token=${token}`,
    );
    raw.on('error', () => {});
    await new Promise((resolve) => raw.on('open', resolve));
    raw.send(Buffer.from([0, 1, 200, 200, 200, 200, 200]));
    await new Promise((resolve) => raw.on('close', resolve));

    const deadline = Date.now() + 5000;
    while (fixture.relay.counters.droppedWrites < 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const metrics = await (await fetch(`${fixture.relay.url}/metrics`)).text();
    for (const name of [
      'peerloom_connections 3',
      'peerloom_documents_loaded',
      'peerloom_messages_in_total',
      'peerloom_bytes_out_total',
      'peerloom_rejected_frames_total',
      'peerloom_dropped_writes_total 1',
      'peerloom_commit_seconds_bucket',
      'peerloom_joins_total{outcome="unknown_code"} 1',
    ]) {
      expect(metrics).toContain(name);
    }

    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const text = lines.join('\n');
    for (const secret of [
      'Zelda',
      'Yorick',
      'confidential',
      'Secret title',
      token,
      created.body.facilitatorKey,
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
