/**
 * One message the relay sends to many sockets (an update to every device of a document, a presence change to
 * every facilitator). Its WebSocket frame (RFC 6455 §5.2: FIN, binary, unmasked as a server's frames are) is
 * built once, on first use, and written as is to each socket, instead of `ws` framing and copying the same bytes
 * for every one of 300 devices.
 */
export class SharedMessage {
  private encodedFrame: Buffer | null = null;

  constructor(readonly body: Uint8Array) {}

  get frame(): Buffer {
    this.encodedFrame ??= encodeBinaryFrame(this.body);
    return this.encodedFrame;
  }
}

function encodeBinaryFrame(body: Uint8Array): Buffer {
  const length = body.byteLength;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x82;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(body, headerBytes);
  return frame;
}
