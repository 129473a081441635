/** Running totals the relay exposes on /metrics. */
export interface RelayCounters {
  droppedWrites: number;
  rejectedFrames: number;
  slowClientsDropped: number;
  presenceBytesOut: number;
}

export const createRelayCounters = (): RelayCounters => ({
  droppedWrites: 0,
  rejectedFrames: 0,
  slowClientsDropped: 0,
  presenceBytesOut: 0,
});
