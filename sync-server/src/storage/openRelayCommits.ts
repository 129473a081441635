import type { Logger } from '../observability/createLogger.ts';
import type { RelayCounters } from '../rooms/RelayCounters.ts';
import { CommitQueue } from './CommitQueue.ts';
import type { DocumentStore } from './DocumentStore.ts';

export interface RelayCommitOptions {
  commitDelayMs?: number;
  maxDurableWaitMs?: number;
  syncEveryMs?: number;
}

/**
 * The relay's group commit over `documents`: 20 ms of waiting at most, 512 KiB batches, forwarding after 200 ms of
 * a stalled commit, and (SQLite, `syncsEachCommit` false) a sync every 500 ms; its timings go to the metrics, its
 * failures and stalls to the counters and the log.
 */
export function openRelayCommits(
  documents: DocumentStore,
  syncsEachCommit: boolean,
  options: RelayCommitOptions,
  report: { committed(seconds: number): void; counters: RelayCounters; log: Logger },
): CommitQueue {
  const { counters, log } = report;
  return new CommitQueue(documents, {
    maxDelayMs: options.commitDelayMs ?? 20,
    maxBatchBytes: 512 * 1024,
    maxDurableWaitMs: options.maxDurableWaitMs ?? 200,
    syncEveryMs: syncsEachCommit ? undefined : (options.syncEveryMs ?? 500),
    onCommit: ({ waitMs, commitMs }) => report.committed((waitMs + commitMs) / 1000),
    onError: (error) => {
      // Retried every 80 ms while storage is away: one line per hundred failures, all of them counted.
      if (counters.commitFailures++ % 100 === 0) {
        log.error({ event: 'commit_failed', failures: counters.commitFailures, error: String(error) });
      }
    },
    onOverdue: (callbacks) => {
      counters.forwardedBeforeDurable += callbacks;
      log.warn({ event: 'storage_slow', forwardedBeforeDurable: callbacks });
    },
  });
}
