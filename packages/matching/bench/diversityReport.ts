import { diverseGroups } from '../src/diverseGroups.ts';
import { diversityCeiling } from '../src/diversityCeiling.ts';
import { MinorityIsolation } from '../src/minorityIsolation.ts';
import { randomBalancedPartition } from '../src/randomBalancedPartition.ts';
import { createSeededRandom } from '../src/seededRandom.ts';
import { syntheticFields, syntheticProfiles } from './syntheticProfiles.ts';

/** Seeded runs per setting: the first gives the figures, all of them the timings. */
const timedRuns = 10;

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
};
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

console.log('Diverse grouping on synthetic profiles (groups of 3–6, target 5)');
console.log(
  '  ceiling: upper bound on the mean within-group dissimilarity of any grouping with these group sizes;',
);
console.log('  no-lone ceiling: the same bound for groupings where no rare-minority member is alone;');
console.log('  gain share: (diversity − random) / (ceiling − random). Isolated: ours / random grouping.');
console.log(
  '     N  attributes  diversity  random  ratio  ceiling  no-lone  gain share  worst / random  isolated  avoidable   ms p50 / p95 / max  balance per field',
);
const rows: Record<string, number | string | boolean>[] = [];
const largeTimes: number[] = [];
for (const size of [30, 100, 500]) {
  for (const skewed of [false, true]) {
    const participants = syntheticProfiles(size, skewed, createSeededRandom(size * 31 + (skewed ? 1 : 0)));
    const times: number[] = [];
    let result: ReturnType<typeof diverseGroups> | undefined;
    for (let run = 0; run < timedRuns; run++) {
      const started = performance.now();
      const current = diverseGroups(participants, syntheticFields, { seed: 7 + run });
      times.push(performance.now() - started);
      result ??= current;
    }
    if (!result) throw new Error('no run');
    if (size === 500) largeTimes.push(...times);
    const { report, groups } = result;
    const sizes = groups.map((group) => group.members.length);
    const rule = new MinorityIsolation(participants, syntheticFields);
    const isolationFree = diversityCeiling(participants, syntheticFields, sizes, {
      paired: rule.rareMinorities(),
    });
    let randomIsolated = 0;
    for (let trial = 0; trial < 5; trial++) {
      const partition = randomBalancedPartition(
        size,
        groups.length,
        createSeededRandom(7 + 7919 * (trial + 1)),
      );
      for (let group = 0; group < groups.length; group++) {
        randomIsolated += rule.isolatedIn(
          partition.flatMap((own, member) => (own === group ? [member] : [])),
        ).length;
      }
    }
    randomIsolated /= 5;
    const balance = Object.entries(report.perField)
      .map(([key, value]) => `${key}=${value.balance.toFixed(2)}`)
      .join(' ');
    const [p50, p95, max] = [percentile(times, 0.5), percentile(times, 0.95), Math.max(...times)];
    const isolationFreeRatio = isolationFree / report.randomDiversity;
    console.log(
      [
        `  ${String(size).padStart(4)}`,
        (skewed ? 'skewed' : 'balanced').padEnd(10),
        report.diversity.toFixed(3).padStart(9),
        report.randomDiversity.toFixed(3).padStart(6),
        report.ratio.toFixed(2).padStart(5),
        report.ceilingRatio.toFixed(3).padStart(7),
        isolationFreeRatio.toFixed(3).padStart(7),
        report.gainShare.toFixed(2).padStart(10),
        `${report.worstGroupDiversity.toFixed(3)} / ${report.randomWorstGroupDiversity.toFixed(3)}`.padStart(
          14,
        ),
        `${report.isolatedMinorityMembers} / ${randomIsolated.toFixed(0)}`.padStart(8),
        String(report.isolatedAvoidable).padStart(9),
        `${p50.toFixed(0)} / ${p95.toFixed(0)} / ${max.toFixed(0)}`.padStart(18),
        balance,
      ].join('  '),
    );
    rows.push({
      size,
      skewed,
      ratio: round(report.ratio),
      ceiling_ratio: round(report.ceilingRatio),
      isolation_free_ceiling_ratio: round(isolationFreeRatio),
      gain_share: round(report.gainShare),
      worst_group: round(report.worstGroupDiversity),
      random_worst_group: round(report.randomWorstGroupDiversity),
      isolated: report.isolatedMinorityMembers,
      random_isolated: round(randomIsolated, 1),
      isolated_avoidable: report.isolatedAvoidable,
      size_violations: sizes.filter((value) => value < 3 || value > 6).length,
      p50_ms: round(p50, 1),
      p95_ms: round(p95, 1),
      max_ms: round(max, 1),
    });
  }
}
const label = (row: Record<string, number | string | boolean>) =>
  `${row.size} ${row.skewed ? 'skewed' : 'balanced'}`;
const numbers = (
  key: string,
  filter: (row: Record<string, number | string | boolean>) => boolean = () => true,
) => rows.filter(filter).map((row) => Number(row[key]));
console.log(
  `Ceiling ratios: ${rows.map((row) => `${label(row)} ${row.ceiling_ratio}`).join(', ')}; ≥ 1.2 × random is possible only where the ceiling ratio is ≥ 1.2.`,
);
console.log(
  JSON.stringify({
    min_ratio: Math.min(...numbers('ratio')),
    isolated_avoidable: numbers('isolated_avoidable').reduce((sum, value) => sum + value, 0),
    size_violations: numbers('size_violations').reduce((sum, value) => sum + value, 0),
    min_gain_share: Math.min(...numbers('gain_share')),
    min_gain_share_balanced: Math.min(...numbers('gain_share', (row) => !row.skewed)),
    max_ceiling_ratio: Math.max(...numbers('ceiling_ratio')),
    ceiling_ratios: Object.fromEntries(rows.map((row) => [label(row), row.ceiling_ratio])),
    isolation_free_ceiling_ratios: Object.fromEntries(
      rows.map((row) => [label(row), row.isolation_free_ceiling_ratio]),
    ),
    p95_ms_500: round(percentile(largeTimes, 0.95), 1),
    max_ms_500: round(Math.max(...largeTimes), 1),
    runs: rows,
  }),
);
