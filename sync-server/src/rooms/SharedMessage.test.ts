import { afterEach, expect, it } from 'vitest';
import { closeSocketPairs, connectedSocketPair } from '../test/connectedSocketPair.ts';
import { createRoomConnection } from './RoomConnection.ts';
import { SharedMessage } from './SharedMessage.ts';

afterEach(closeSocketPairs);

const bytes = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, index) => (index * 31 + seed) % 256);

it('a shared message reaches a real ws client as the same bytes, in order with plain sends, at every length size', async () => {
  const { serverSide, client } = await connectedSocketPair();
  const connection = createRoomConnection({
    socket: serverSide,
    role: 'facilitator',
    participantId: null,
    wantsAcknowledgements: false,
    maxBufferedBytes: 16 * 1024 * 1024,
    onSlowClient: () => {},
  });
  // One length per header size of RFC 6455: 7 bits, 16 bits (126 and up) and 64 bits (65,536 and up).
  const sent = [
    bytes(3, 1),
    bytes(0, 2),
    bytes(125, 3),
    bytes(126, 4),
    bytes(65_535, 5),
    bytes(65_536, 6),
    bytes(200_000, 7),
  ];
  const received: Uint8Array[] = [];
  const all = new Promise<void>((resolve, reject) => {
    // A frame the client cannot parse closes its socket (1002): fail then instead of waiting.
    client.on('close', (code) => reject(new Error(`client closed with ${code}`)));
    client.on('message', (data, isBinary) => {
      expect(isBinary).toBe(true);
      received.push(new Uint8Array(data as Buffer));
      if (received.length === sent.length * 2) resolve();
    });
  });
  for (const body of sent) {
    connection.send(new SharedMessage(body));
    connection.send(body);
  }
  await all;
  const asText = (body: Uint8Array) => Buffer.from(body).toString('base64');
  expect(received.map(asText)).toEqual(sent.flatMap((body) => [asText(body), asText(body)]));
});

it('a shared message is framed once however many sockets it goes to', () => {
  const message = new SharedMessage(bytes(10, 1));
  expect(message.frame).toBe(message.frame);
  expect([...message.frame.subarray(0, 2)]).toEqual([0x82, 10]);
});
