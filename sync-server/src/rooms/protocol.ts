// The relay's wire constants come from the shared contract; this file keeps the relay's imports short.
export { CloseCode, type ConnectionRole, MessageType } from '@peerloom/protocol';

// Hub frames (`/sync/SESSION/hub`): `varString(documentPath)` relative to the session (`control`,
// `room`, `group/P`), then one message of the types above. The first frame for a path subscribes
// the socket to that document (the client sends its sync step 1). See acceptHubSocket.ts.
