import { getPriority, setPriority } from 'node:os';

/**
 * CPU priorities of the create bench's processes, as nice values. On two cores, 300 simulated members in 3
 * worker processes, the facilitator's and projector's devices in the orchestrator and the server under test
 * all want the CPU when the typing minute starts; at equal priority the members' processes preempted the
 * server each time it woke one of them (it waited for a CPU 35-81 % of the typing time), which a venue's phones,
 * each on its own CPU, never do. So the server (ours and stock alike) runs above the members, and the two
 * viewers, whose receipts only count as lost or not, below them. Lowering a nice value takes root
 * (CAP_SYS_NICE); without it everything runs as equals, and the bench says so.
 */
export const SERVER_NICE = -10;
export const VIEWER_NICE = 5;

/** Sets `pid`'s nice value (0: this process) when allowed; returns the value it runs at. */
export function applyNice(pid: number, wanted: number): number {
  try {
    setPriority(pid, wanted);
    return wanted;
  } catch {
    return getPriority(pid);
  }
}
