import type { ConnectionRole } from '@peerloom/protocol';
import type { DocRoom } from './DocRoom.ts';
import { type DocAddress, feedbackShared } from './documentKinds.ts';
import type { ParticipantDocuments } from './ParticipantDocuments.ts';
import { CloseCode } from './protocol.ts';
import type { RoomRegistry } from './RoomRegistry.ts';

export type DocumentOpening =
  | {
      ok: true;
      room: DocRoom;
      /** Gives the document back (the room may unload, the participant's count drops); once is enough. */
      close(): void;
    }
  | { ok: false; code: number; reason: string };

export interface DocumentOpener {
  rooms: RoomRegistry;
  participantDocuments: ParticipantDocuments;
}

/**
 * Opens a document for one connection, single-document or hub. Participants and viewers open only the
 * documents the session has (`RoomRegistry.exists`: 4404 otherwise, final), a participant at most
 * `DOCUMENT_LIMITS.perParticipant` at once (1013, retried later); the facilitator opens any, and
 * always its session's `control` and `room`. A document whose storage cannot be read now is refused with 1013. The anonymous `feedback` is the facilitator's to read, and the
 * participants' once the facilitator shares it (4403 before); never a viewer's.
 */
export async function openDocument(
  address: DocAddress,
  access: { role: ConnectionRole; participantId: string | null },
  opener: DocumentOpener,
): Promise<DocumentOpening> {
  if (address.kind === 'feedback' && access.role !== 'facilitator') {
    const shared =
      access.role === 'participant' &&
      (await opener.rooms.readControl(address.sessionId, feedbackShared)) === true;
    if (!shared) return { ok: false, code: CloseCode.forbidden, reason: 'feedback results not shared' };
  }
  if (access.role !== 'facilitator') {
    const existence = await opener.rooms.exists(address);
    if (existence === 'no') return { ok: false, code: CloseCode.notFound, reason: 'no such document' };
    if (existence === 'unavailable') {
      return { ok: false, code: CloseCode.tryAgainLater, reason: 'too-many-sessions' };
    }
  }
  const participantId = access.role === 'participant' ? access.participantId : null;
  if (participantId !== null && !opener.participantDocuments.take(participantId)) {
    return { ok: false, code: CloseCode.tryAgainLater, reason: 'too many documents for this participant' };
  }
  const opened = await opener.rooms.open(address);
  if (!opened.ok) {
    if (participantId !== null) opener.participantDocuments.give(participantId);
    return { ok: false, code: CloseCode.tryAgainLater, reason: opened.reason };
  }
  let open = true;
  return {
    ok: true,
    room: opened.room,
    close() {
      if (!open) return;
      open = false;
      if (participantId !== null) opener.participantDocuments.give(participantId);
      opener.rooms.release(opened.room);
    },
  };
}
