import { afterEach, expect, it } from 'vitest';
import { LightClient } from '../../bench/LightClient.ts';
import { createSession, joinParticipants } from '../../bench/relayApi.ts';
import { openSessionWriters } from '../../bench/sessionWriter.ts';
import { TrafficMeter } from '../../bench/trafficMeter.ts';
import { type RelayFixture, startRelay } from './relayFixture.ts';

let fixture: RelayFixture | null = null;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await fixture?.cleanup();
  fixture = null;
});

/** Resolves once `done()` holds, checked now and each time `subscribe` reports a change; rejects after 10 s. */
function when(subscribe: (check: () => void) => void, done: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 10_000);
    const check = () => {
      if (!done()) return;
      clearTimeout(timer);
      resolve();
    };
    subscribe(check);
    check();
  });
}

it("bench:relay's light client syncs through the real relay, finds each write's marker and shows its presence to the facilitator", async () => {
  fixture = await startRelay();
  const session = await createSession(fixture.relay.url, 'Light client');
  const joins = { requests: 0, rateLimited: 0, waitedMs: 0 };
  const [reader, writer] = await joinParticipants(
    fixture.relay.url,
    session.code,
    ['Reader', 'Writer'],
    joins,
    {
      concurrency: 1,
      deadline: Date.now() + 10_000,
    },
  );
  if (!reader || !writer) throw new Error('join failed');
  const serverUrl = `ws://127.0.0.1:${fixture.relay.port}/sync`;
  const room = `${session.sessionId}/room`;
  const received: number[] = [];
  let onReceived = () => {};
  const light = new LightClient({
    serverUrl,
    room,
    params: { token: reader.token, ack: '1' },
    presence: { participantId: reader.participantId },
    meter: new TrafficMeter(),
    timeoutMs: 10_000,
    onMarker: (sequence, sentAt, receivedAt) => {
      expect(receivedAt).toBeGreaterThanOrEqual(sentAt);
      received.push(sequence);
      onReceived();
    },
    onExtensionMessage: () => {},
  });
  cleanups.push(() => light.destroy());
  await light.synced;
  const facilitator = fixture.connect(room, { key: session.facilitatorKey });
  await facilitator.synced;
  const presentIds = () =>
    [...facilitator.provider.awareness.getStates().values()].map((state) => state.participantId);
  await when(
    (check) => facilitator.provider.awareness.on('change', check),
    () => presentIds().includes(reader.participantId),
    "the reader's presence",
  );

  const [sessionWriter] = openSessionWriters(
    [
      {
        sessionId: session.sessionId,
        writerParams: { token: writer.token, ack: '1' },
        writerId: writer.participantId,
        facilitatorParams: {},
        participants: [],
      },
    ],
    serverUrl,
    new TrafficMeter(),
    () => {},
    true,
  );
  if (!sessionWriter) throw new Error('no writer');
  cleanups.push(() => sessionWriter.destroy());
  await sessionWriter.connection.synced;
  const allReceived = when(
    (check) => {
      onReceived = check;
    },
    () => received.length >= 70,
    'every marker',
  );
  for (let sequence = 0; sequence < 70; sequence++) sessionWriter.write(sequence);
  await allReceived;
  expect([...received].sort((a, b) => a - b)).toEqual(Array.from({ length: 70 }, (_, index) => index));
  expect(light.closesAfterSync()).toEqual({});
});
