import type { DiversityReport } from '@peerloom/matching';
import type { Grouping, SessionSnapshot } from '@peerloom/session-model';
import { useEffect, useMemo, useState } from 'react';
import { debounceLatest } from '../../session/debounceLatest.ts';
import { runMatching } from '../../session/runMatching.ts';
import type { MatchingRequest } from '../../workers/matchingProtocol.ts';
import { buildProfileInputs } from './buildProfileInputs.ts';

type DescribeRequest = Omit<Extract<MatchingRequest, { kind: 'describeDiversity' }>, 'id'>;

/** One seed for every report, so that the figures change only when the groups or profiles do. */
const REPORT_SEED = 1;
/** Long enough for a burst of moves or typing to give one computation. */
const DEBOUNCE_MS = 150;

/**
 * How diverse the draft groups on the board are, computed in the matching worker whenever the groups,
 * locks, profiles or profile fields change (debounced; a late result never replaces a newer one). Null
 * before any grouping and when there is no profile field to measure.
 */
export function useDiversityReport(
  snapshot: Pick<SessionSnapshot, 'roster' | 'profileFields'>,
  grouping: Grouping | null,
): DiversityReport | null {
  const [report, setReport] = useState<DiversityReport | null>(null);
  // Serialized, so that a snapshot change elsewhere in the session (an answer, a presence) starts nothing.
  const request = useMemo(() => {
    if (!grouping || snapshot.profileFields.length === 0) return null;
    const describe: DescribeRequest = {
      kind: 'describeDiversity',
      ...buildProfileInputs(snapshot),
      groups: grouping.groups.map((group) => ({ members: [...group.members] })),
      seed: REPORT_SEED,
      locked: [...grouping.locked],
    };
    return JSON.stringify(describe);
  }, [snapshot, grouping]);
  const runner = useMemo(
    () =>
      debounceLatest(
        (serialized: string) => runMatching(JSON.parse(serialized) as DescribeRequest),
        DEBOUNCE_MS,
        (response) =>
          setReport(response.ok && response.kind === 'describeDiversity' ? response.report : null),
      ),
    [],
  );
  useEffect(() => {
    if (request === null) {
      setReport(null);
      return;
    }
    runner.schedule(request);
    return () => runner.cancel();
  }, [request, runner]);
  return report;
}
