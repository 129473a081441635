export { CloseCode, isFinalCloseCode } from './CloseCode.ts';
export type { ConnectionRole } from './ConnectionRole.ts';
export {
  type DocKind,
  type DocumentPath,
  documentPath,
  ID_PATTERN,
  parseDocumentPath,
} from './documentPaths.ts';
export { DOCUMENT_WRITERS, type DocumentWriters } from './documentWriters.ts';
export { DOCUMENT_LIMITS, FEEDBACK_LIMITS, LIMITS, WRITE_LIMITS } from './limits.ts';
export { MessageType } from './MessageType.ts';
export { type KeyOwnership, ownerOfRoomKey, ROOM_KEY_OWNERSHIP } from './roomKeyOwnership.ts';
export { CONTROL_MAPS, GROUP_MAPS, ROOM_MAPS, type RoomMapName } from './rootMaps.ts';
export {
  type FeedbackErrorCode,
  type FeedbackReceipt,
  type FeedbackSubmission,
  SESSION_FEEDBACK,
  type StoredFeedbackEntry,
} from './sessionFeedback.ts';
