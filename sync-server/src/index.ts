export { createRelay, type Relay, type RelayOptions } from './createRelay.ts';
export { createLogger } from './observability/createLogger.ts';
export { CloseCode, MessageType } from './rooms/protocol.ts';
