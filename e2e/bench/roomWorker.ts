import {
  asParticipantId,
  createParticipantStore,
  type ParticipantCommands,
  type QuestionId,
  type SessionStore,
  selectActiveQuestion,
} from '@peerloom/session-model';
import { openSessionDocuments, type SessionDocuments } from '@peerloom/sync-client';
import WebSocket from 'ws';
import { until } from '../fixtures/facilitatorFromNode.ts';
import type { FromRoomWorker, RoomDeviceSpec, ToRoomWorker } from './roomProtocol.ts';

// A process of the room bench: a share of the 300 participants, each with the app's sync client and model
// (no screen: the snapshot is never read, only commands run), answering and editing when the bench says so.
const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;
process.setMaxListeners(0);

interface Device {
  documents: SessionDocuments;
  store: SessionStore<ParticipantCommands>;
  questionId: QuestionId | null;
}

const devices = new Map<number, Device>();
let failed = 0;

function send(message: FromRoomWorker): void {
  process.send?.(message);
}

async function prepare(serverUrl: string, sessionId: string, specs: RoomDeviceSpec[]) {
  for (const spec of specs) {
    const documents = openSessionDocuments({
      serverUrl,
      sessionId,
      auth: { token: spec.token },
      persist: false,
      WebSocketImpl,
    });
    const store = createParticipantStore({
      control: documents.control,
      room: documents.room,
      actor: { role: 'participant', participantId: asParticipantId(spec.participantId) },
    });
    devices.set(spec.index, { documents, store, questionId: null });
  }
  for (const [index, device] of devices) {
    await until(
      () => {
        const status = device.documents.getStatus();
        return status.control.synced && status.room.synced && device.store.getSnapshot().ready;
      },
      `device ${index} synced`,
      60_000,
    );
    const spec = specs.find((candidate) => candidate.index === index);
    device.questionId = selectActiveQuestion(device.store.getSnapshot())?.id ?? null;
    device.store.commands.joinRoster(spec?.name ?? `Participant ${index}`);
  }
  await settle(60_000);
  send({ type: 'prepared' });
}

function answer(index: number, text: string) {
  const device = devices.get(index);
  if (!device?.questionId) {
    failed++;
    return;
  }
  try {
    device.store.commands.submitAnswer(device.questionId, { text });
  } catch {
    failed++;
  }
}

async function settle(timeoutMs: number) {
  await until(
    () =>
      [...devices.values()].every((device) => {
        const status = device.documents.getStatus();
        return status.room.synced && status.room.pending === 0;
      }),
    'every change of this worker durable',
    timeoutMs,
  );
}

const fail = (error: unknown) => send({ type: 'failed', message: String(error) });

process.on('message', (message: ToRoomWorker) => {
  if (message.type === 'prepare') prepare(message.serverUrl, message.sessionId, message.devices).catch(fail);
  else if (message.type === 'answer') {
    answer(message.index, message.text);
    if (message.reply) send({ type: 'answered', at: Date.now() });
  } else if (message.type === 'settle')
    settle(message.timeoutMs).then(() => send({ type: 'settled', failed }), fail);
  else if (message.type === 'stop') {
    for (const device of devices.values()) {
      device.store.destroy();
      void device.documents.destroy();
    }
    setTimeout(() => process.exit(0), 100);
  }
});
process.on('disconnect', () => process.exit(1));
send({ type: 'ready' });
