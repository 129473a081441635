import { chooseGroupCount } from '../src/chooseGroupCount.ts';
import type { Matcher } from '../src/createMatcher.ts';
import { defaultGroupSizeBounds } from '../src/groupSizeBounds.ts';
import { randomBalancedPartition } from '../src/randomBalancedPartition.ts';
import { createSeededRandom } from '../src/seededRandom.ts';
import type { ThematicMethod } from '../src/thematicMethod.ts';
import { type EvaluationMethodName, evaluationMethods } from './evaluationMethods.ts';
import type { LabelledDataset } from './loadDataset.ts';
import { pairwisePrecision } from './pairwisePrecision.ts';
import { sampleDataset } from './sampleDataset.ts';

/** Product-regime measurements for one sample size and method. */
export interface ProductMeasure {
  size: number;
  method: ThematicMethod | EvaluationMethodName;
  precision: number;
  randomPrecision: number;
  violations: number;
  p50: number;
  p95: number;
}

/** Groups samples of `size` answers into 3–6 people and measures precision, size violations and time. */
export function measureProductRegime(
  matcher: Matcher,
  data: LabelledDataset,
  size: number,
  method: ThematicMethod | EvaluationMethodName,
  samples: number,
  timedRuns: number,
): ProductMeasure {
  const bounds = defaultGroupSizeBounds;
  let precision = 0;
  let randomPrecision = 0;
  let violations = 0;
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const picked = sampleDataset(data.texts.length, size, 1000 + sample);
    const gold = picked.map((index) => data.labels[index] ?? 0);
    const inputs = picked.map((index, position) => ({
      participantId: String(position),
      texts: [data.texts[index] ?? ''],
    }));
    const runs = sample === 0 ? Math.max(1, timedRuns) : 1;
    for (let run = 0; run < runs; run++) {
      const result = matcher.thematicGroups(inputs, {
        seed: sample + 1,
        method: method === 'gsdmm' || method === 'kmeans-gsdmm' ? evaluationMethods[method] : method,
      });
      // The first timed run of a sample pays for JIT warm-up; a live session groups many times.
      if (run > 0 || runs === 1) times.push(result.stats.ms);
      if (run > 0) continue;
      const groups = result.groups.map((group) => group.members.map(Number));
      precision += pairwisePrecision(groups, gold);
      const placed = new Set(groups.flat());
      violations += groups.filter(
        (members) => members.length < bounds.min || members.length > bounds.max,
      ).length;
      violations += size - placed.size;
    }
    const count = chooseGroupCount(size, bounds);
    const partition = randomBalancedPartition(size, count, createSeededRandom(77 + sample));
    const randomGroups: number[][] = Array.from({ length: count }, () => []);
    partition.forEach((group, member) => {
      randomGroups[group]?.push(member);
    });
    randomPrecision += pairwisePrecision(randomGroups, gold);
  }
  times.sort((left, right) => left - right);
  const quantile = (share: number) =>
    times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
  return {
    size,
    method,
    precision: (100 * precision) / samples,
    randomPrecision: (100 * randomPrecision) / samples,
    violations,
    p50: quantile(0.5),
    p95: quantile(0.95),
  };
}
