export { createServerClock, type ServerClock, type ServerClockOptions } from './createServerClock.ts';
export {
  type ConnectionState,
  type DocumentStatus,
  type SessionConnection,
  summarizeStatuses,
} from './DocumentStatus.ts';
export {
  type DocumentHub,
  type DocumentHubOptions,
  type HubStatus,
  openDocumentHub,
} from './openDocumentHub.ts';
export {
  openSessionDocuments,
  type SessionAuth,
  type SessionDocuments,
  type SessionDocumentsOptions,
  type SessionStatus,
} from './openSessionDocuments.ts';
export { openSyncedDocument, type SyncedDocument, type SyncedDocumentOptions } from './openSyncedDocument.ts';
export { sendOwnPresenceOnly } from './sendOwnPresenceOnly.ts';
export { type DeferredOutbound, deferOutbound, type OutboundSchedule } from './sendOwnUpdates.ts';
