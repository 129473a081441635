import { connect as connectTcp } from 'node:net';
import type { Random } from '@peerloom/test-kit';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

export function randomBytes(random: Random, maxLength: number): Uint8Array {
  return Uint8Array.from({ length: random.integer(maxLength + 1) }, () => random.integer(256));
}

function message(...writes: ((encoder: encoding.Encoder) => void)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const write of writes) write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A valid sync update message from a throwaway document, to be mutated. */
export function validUpdateMessage(random: Random): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('answers').set(`k${random.integer(1000)}`, 'x'.repeat(random.integer(50)));
  const update = Y.encodeStateAsUpdate(doc);
  return message(
    (encoder) => encoding.writeVarUint(encoder, 0),
    (encoder) => encoding.writeVarUint(encoder, 2),
    (encoder) => encoding.writeVarUint8Array(encoder, update),
  );
}

/** Flips, truncates or extends a valid message: the kind of garbage a buggy client or a bad network makes. */
export function mutate(random: Random, valid: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(valid);
  const choice = random.integer(4);
  if (choice === 0) return copy.slice(0, random.integer(copy.length));
  if (choice === 1) {
    for (let flips = 0; flips < 1 + random.integer(4); flips++)
      copy[random.integer(copy.length)] = random.integer(256);
    return copy;
  }
  if (choice === 2) return concat(copy, randomBytes(random, 64));
  return concat(copy.slice(0, 2), randomBytes(random, 32), copy.slice(2));
}

/** Random y-protocols messages: every message type with random or truncated payloads. */
export function randomProtocolMessage(random: Random): Uint8Array {
  const payload = randomBytes(random, 128);
  switch (random.integer(6)) {
    case 0:
      return message(
        (e) => encoding.writeVarUint(e, 0),
        (e) => encoding.writeVarUint(e, 0),
        (e) => encoding.writeVarUint8Array(e, payload),
      );
    case 1:
      return message(
        (e) => encoding.writeVarUint(e, 0),
        (e) => encoding.writeVarUint(e, 1),
        (e) => encoding.writeVarUint8Array(e, payload),
      );
    case 2:
      return message(
        (e) => encoding.writeVarUint(e, 1),
        (e) => encoding.writeVarUint8Array(e, payload),
      );
    case 3:
      return message((e) => encoding.writeVarUint(e, 3));
    case 4:
      return message(
        (e) => encoding.writeVarUint(e, 0),
        (e) => encoding.writeVarUint(e, random.integer(1 << 20)),
      );
    default:
      return message(
        (e) => encoding.writeVarUint(e, random.integer(1 << 30)),
        (e) => encoding.writeUint8Array(e, payload),
      );
  }
}

/** One awareness message claiming `count` client ids. */
export function manyAwarenessClients(count: number): Uint8Array {
  const update = message(
    (encoder) => encoding.writeVarUint(encoder, count),
    (encoder) => {
      for (let client = 1; client <= count; client++) {
        encoding.writeVarUint(encoder, client);
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarString(encoder, '{"user":{"name":"x"}}');
      }
    },
  );
  return message(
    (encoder) => encoding.writeVarUint(encoder, 1),
    (encoder) => encoding.writeVarUint8Array(encoder, update),
  );
}

/**
 * Opens a WebSocket by hand over TCP and sends one frame with the reserved bits set,
 * which no library would send. Resolves with what the relay answered before closing.
 */
export function sendFrameWithReservedBits(port: number, path: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connectTcp(port, '127.0.0.1');
    let received = '';
    socket.setTimeout(3000, () => socket.destroy());
    socket.on('error', () => resolve(received));
    socket.on('close', () => resolve(received));
    socket.on('data', (chunk) => {
      const upgraded = !received.includes('101');
      received += chunk.toString('latin1');
      if (upgraded && received.includes('101')) {
        const mask = [1, 2, 3, 4];
        const body = [0, 0, 0];
        socket.write(
          Buffer.from([
            0xf2,
            0x80 | body.length,
            ...mask,
            ...body.map((byte, index) => byte ^ (mask[index % 4] ?? 0)),
          ]),
        );
      }
    });
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
  });
}

/** A hub frame (`varString(path)` + message) for a valid, unknown, hostile or random document path. */
export function randomHubFrame(random: Random, inner: Uint8Array): Uint8Array {
  const paths = [
    'room',
    'control',
    `group/P${random.integer(40)}`,
    '../control',
    'group/',
    'x'.repeat(300),
    '\u0000',
  ];
  const choice = random.integer(paths.length + 1);
  if (choice === paths.length) return concat(randomBytes(random, 8), inner);
  return message(
    (encoder) => encoding.writeVarString(encoder, paths[choice] ?? 'room'),
    (encoder) => encoding.writeUint8Array(encoder, inner),
  );
}
