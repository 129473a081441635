import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTROL_MAPS, FEEDBACK_LIMITS, type FeedbackReceipt, SESSION_FEEDBACK } from '@peerloom/protocol';
import type * as Y from 'yjs';
import type { TokenSigner } from '../auth/tokens.ts';
import type { FeedbackInbox } from '../feedback/FeedbackInbox.ts';
import { releaseFeedback } from '../feedback/releaseFeedback.ts';
import type { Logger } from '../observability/createLogger.ts';
import type { RoomRegistry } from '../rooms/RoomRegistry.ts';
import type { SessionDirectory } from '../storage/SessionDirectory.ts';
import { HttpError, readJsonBody, sendJson } from './jsonBody.ts';

export interface FeedbackRouteOptions {
  storage: SessionDirectory;
  signer: TokenSigner;
  rooms: RoomRegistry;
  inbox: FeedbackInbox;
  /** Resolves once what the rooms wrote so far is on disk. */
  flushCommits: () => Promise<void>;
  /** Fewest answers released at once; `SESSION_FEEDBACK.minimumBatch` unless a test asks otherwise. */
  minimumBatch: number;
  /** An expired token still proves who answered for this long (a phone that stayed offline). */
  rejoinGraceMs: number;
  now: () => number;
  log: Logger;
}

interface FormState {
  formId: string | null;
  open: boolean;
  /** Whether the facilitator removed the participant asking. */
  removed: boolean;
}

const refuse = (status: number, code: string, message: string) => new HttpError(status, code, message);

function readAnswer(body: Record<string, unknown>): { formId: string; rating: number | null; text: string } {
  const { formId, rating, text } = body;
  if (typeof formId !== 'string' || formId.length === 0 || formId.length > 64) {
    throw refuse(400, 'unknown_form', 'The form id is missing.');
  }
  const ratingValue = rating ?? null;
  if (
    ratingValue !== null &&
    !(
      Number.isInteger(ratingValue) &&
      (ratingValue as number) >= SESSION_FEEDBACK.ratingMin &&
      (ratingValue as number) <= SESSION_FEEDBACK.ratingMax
    )
  ) {
    throw refuse(400, 'invalid_rating', 'The rating is a whole number from 1 to 5.');
  }
  if (text !== undefined && typeof text !== 'string')
    throw refuse(400, 'empty_answer', 'The answer is text.');
  const trimmed = (text ?? '').trim();
  if ([...trimmed].length > FEEDBACK_LIMITS.textLength) {
    throw refuse(413, 'text_too_long', `The answer is longer than ${FEEDBACK_LIMITS.textLength} characters.`);
  }
  if (ratingValue === null && trimmed.length === 0) {
    throw refuse(400, 'empty_answer', 'Give a rating or write an answer.');
  }
  return { formId, rating: ratingValue as number | null, text: trimmed };
}

/**
 * `POST /api/feedback`: a participant's anonymous answer. The token proves membership and is used for the
 * "one answer per form" hash only; the answer is queued with no identity and released into the session's
 * `feedback` document in shuffled batches of at least `minimumBatch`, under the relay's own Yjs client.
 */
export function createFeedbackRoute(options: FeedbackRouteOptions) {
  const { rooms } = options;

  const withDocument = async <T>(
    sessionId: string,
    kind: 'control' | 'feedback',
    use: (doc: Y.Doc) => T,
  ): Promise<T> => {
    const opened = await rooms.open({ sessionId, kind, groupId: null, name: `${sessionId}/${kind}` });
    if (!opened.ok) throw refuse(503, 'busy', 'The relay is busy. Try again in a moment.');
    try {
      return use(opened.room.doc);
    } finally {
      rooms.release(opened.room);
    }
  };

  const formOf = (sessionId: string, participantId: string): Promise<FormState> =>
    withDocument(sessionId, 'control', (control) => {
      const form = control.getMap<unknown>(SESSION_FEEDBACK.formMap);
      const formId = form.get(SESSION_FEEDBACK.formIdKey);
      const admin = control.getMap<unknown>(CONTROL_MAPS.participantAdmin).get(participantId);
      return {
        formId: typeof formId === 'string' ? formId : null,
        open: form.get(SESSION_FEEDBACK.openKey) === true,
        removed:
          typeof admin === 'object' &&
          admin !== null &&
          typeof (admin as { removedAt?: unknown }).removedAt === 'number',
      };
    });

  /** Sessions whose release is under way: one at a time each, so a batch is never written twice. */
  const releasing = new Map<string, Promise<void>>();
  const release = (sessionId: string, formId: string): Promise<void> => {
    const previous = releasing.get(sessionId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const released = await withDocument(sessionId, 'feedback', (feedback) =>
        releaseFeedback(feedback, formId, options.inbox.pending(sessionId, formId), options.minimumBatch),
      );
      if (!released) return;
      // The answers leave the queue only once the document holding them is on disk.
      await options.flushCommits();
      options.inbox.remove(released.ids);
      if (released.batch > 0) {
        options.log.info({ event: 'feedback_released', session: sessionId, batch: released.batch });
      }
    });
    const settled = next.catch((error: unknown) =>
      options.log.error({ event: 'feedback_release_failed', session: sessionId, error: String(error) }),
    );
    releasing.set(sessionId, settled);
    void settled.then(() => {
      if (releasing.get(sessionId) === settled) releasing.delete(sessionId);
    });
    return settled;
  };

  const submit = async (request: IncomingMessage): Promise<FeedbackReceipt> => {
    if (request.method !== 'POST') throw refuse(405, 'method_not_allowed', 'Use POST.');
    const body = await readJsonBody(request, 8 * 1024);
    const check = typeof body.token === 'string' ? options.signer.verify(body.token, options.now()) : null;
    const claims = check?.ok && check.claims.role === 'participant' ? check.claims : null;
    if (!claims?.participantId || claims.expiresAt + options.rejoinGraceMs <= options.now()) {
      throw refuse(401, 'bad_token', 'This device is not a participant of the session: join again.');
    }
    if (!(await options.storage.hasParticipant(claims.sessionId, claims.participantId))) {
      throw refuse(404, 'unknown_session', 'This session does not exist.');
    }
    const answer = readAnswer(body);
    const form = await formOf(claims.sessionId, claims.participantId);
    if (form.removed) {
      throw refuse(
        403,
        'removed',
        'The facilitator removed you from this session, so this form is closed to you.',
      );
    }
    if (form.formId !== answer.formId) {
      throw refuse(409, 'unknown_form', 'This form was replaced; reload to see the current one.');
    }
    if (!form.open) throw refuse(409, 'form_closed', 'The facilitator closed this form.');
    const queued = options.inbox.submit(claims.sessionId, answer.formId, claims.participantId, {
      rating: answer.rating,
      text: answer.text,
    });
    if (!queued) throw refuse(409, 'already_sent', 'You already answered this form.');
    await release(claims.sessionId, answer.formId);
    return { accepted: true };
  };

  /** Answers `POST /api/feedback`: 200 with a receipt, or 4xx JSON `{ error, message }`. */
  return async function submitFeedback(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      sendJson(response, 200, await submit(request));
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(response, error.status, { error: error.code, message: error.message }, error.headers);
        return;
      }
      options.log.error({ event: 'http_failed', error: String(error) });
      sendJson(response, 500, { error: 'internal', message: 'The relay could not handle this request.' });
    }
  };
}
