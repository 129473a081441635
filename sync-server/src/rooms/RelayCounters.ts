/** Running totals the relay exposes on /metrics. */
export interface RelayCounters {
  droppedWrites: number;
  /** Participant updates refused by the content guard (their sockets were closed with 4422). */
  refusedWrites: number;
  rejectedFrames: number;
  slowClientsDropped: number;
  /** Updates given to other devices before their commit was durable, because storage was too slow (CommitQueue). */
  forwardedBeforeDurable: number;
  presenceBytesOut: number;
  /** Group commits storage refused (SQLite failing, Redis away); their writes are retried, not acknowledged. */
  commitFailures: number;
  /** Open hub sockets now (not a running total). */
  hubSockets: number;
  /** Documents carried by hub sockets now, summed over sockets (not a running total). */
  hubDocuments: number;
}

export const createRelayCounters = (): RelayCounters => ({
  droppedWrites: 0,
  refusedWrites: 0,
  rejectedFrames: 0,
  slowClientsDropped: 0,
  forwardedBeforeDurable: 0,
  presenceBytesOut: 0,
  commitFailures: 0,
  hubSockets: 0,
  hubDocuments: 0,
});
