export { createRelay, type Relay, type RelayOptions } from './createRelay.ts';
export { CloseCode, MessageType } from './rooms/protocol.ts';
