/** WebSocket close codes the relay sends. The 44xx ones tell the client to stop retrying and ask to rejoin. */
export const CloseCode = {
  badRequest: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  /** The session page's read link was revoked by the facilitator (open sockets are closed with it too). */
  linkWithdrawn: 4410,
  /**
   * A participant's update broke the write rules of the document (a key it does not own, a nested type,
   * an oversized value): nothing of it was applied. Final like the other 44xx codes, since a reconnection
   * would send the same refused change again; honest clients never get it.
   */
  writeRefused: 4422,
  /** Not 44xx: a garbled frame may come from a bad network, so the client reconnects and resyncs. */
  malformed: 1007,
  goingAway: 1001,
  policy: 1008,
  tryAgainLater: 1013,
  /** Sent on SIGTERM after flushing: clients reconnect (y-websocket retries anything outside 44xx). */
  serviceRestart: 1012,
  tooBig: 1009,
} as const;

/** Whether a close code (or a hub's document refusal) is final: the client stops retrying and says why. */
export const isFinalCloseCode = (code: number): boolean => code >= 4400 && code < 4500;
