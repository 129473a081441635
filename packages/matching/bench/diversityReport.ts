import { diverseGroups } from '../src/diverseGroups.ts';
import { createSeededRandom } from '../src/seededRandom.ts';
import { syntheticFields, syntheticProfiles } from './syntheticProfiles.ts';

console.log('Diverse grouping on synthetic profiles (groups of 3–6, target 5)');
console.log(
  '     N  attributes  diversity  random  ratio  worst  isolated  avoidable      ms  balance per field',
);
const rows: Record<string, number | string | boolean>[] = [];
for (const size of [30, 100, 500]) {
  for (const skewed of [false, true]) {
    const participants = syntheticProfiles(size, skewed, createSeededRandom(size * 31 + (skewed ? 1 : 0)));
    const started = performance.now();
    const { report, groups } = diverseGroups(participants, syntheticFields, { seed: 7 });
    const ms = performance.now() - started;
    const balance = Object.entries(report.perField)
      .map(([key, value]) => `${key}=${value.balance.toFixed(2)}`)
      .join(' ');
    console.log(
      `  ${String(size).padStart(4)}  ${(skewed ? 'skewed' : 'balanced').padEnd(10)}  ${report.diversity.toFixed(3).padStart(9)}  ${report.randomDiversity.toFixed(3).padStart(6)}  ${report.ratio.toFixed(2).padStart(5)}  ${report.worstGroupDiversity.toFixed(3)}  ${String(report.isolatedMinorityMembers).padStart(8)}  ${String(report.isolatedAvoidable).padStart(9)}  ${ms.toFixed(0).padStart(6)}  ${balance}`,
    );
    const sizes = groups.map((group) => group.members.length);
    rows.push({
      size,
      skewed,
      ratio: Number(report.ratio.toFixed(3)),
      isolated_avoidable: report.isolatedAvoidable,
      size_violations: sizes.filter((value) => value < 3 || value > 6).length,
    });
  }
}
console.log(
  JSON.stringify({
    min_ratio: Math.min(...rows.map((row) => Number(row.ratio))),
    isolated_avoidable: rows.reduce((sum, row) => sum + Number(row.isolated_avoidable), 0),
    size_violations: rows.reduce((sum, row) => sum + Number(row.size_violations), 0),
    runs: rows,
  }),
);
