import { addCloses, addTraffic, emptyTrafficByPhase } from './benchProtocol.ts';
import type { CreateWorkerReport } from './createProtocol.ts';
import { LatencyHistogram } from './percentiles.ts';
import type { ViewerDevice } from './ViewerDevice.ts';

/** The workers' reports of one `bench:create` run added up, with what the viewers (facilitator, projector) missed. */
export function tallyReports(reports: CreateWorkerReport[], viewers: ViewerDevice[]) {
  const latencies = new LatencyHistogram();
  const memberTraffic = emptyTrafficByPhase();
  const closes: Record<string, number> = {};
  const typedByGroup = new Map<number, number>();
  let lostByMembers = 0;
  for (const report of reports) {
    latencies.merge(report.latency);
    addTraffic(memberTraffic, report.traffic);
    addCloses(closes, report.closesAfterSync);
    lostByMembers += report.lost;
    for (const [group, typed] of Object.entries(report.typed)) {
      typedByGroup.set(
        Number(group),
        typed.reduce((sum, count) => sum + count, 0),
      );
    }
  }
  let lostByViewers = 0;
  for (const viewer of viewers) {
    for (const [groupIndex, typed] of typedByGroup) {
      lostByViewers += Math.max(0, typed - viewer.charactersIn(groupIndex));
    }
    for (const viewerCloses of viewer.closesAfterSync()) addCloses(closes, viewerCloses);
  }
  return { latencies, memberTraffic, closes, typedByGroup, lostByMembers, lostByViewers };
}
