import { chooseGroupCount } from '../src/chooseGroupCount.ts';
import type { Matcher } from '../src/createMatcher.ts';
import { defaultGroupSizeBounds } from '../src/groupSizeBounds.ts';
import { randomBalancedPartition } from '../src/randomBalancedPartition.ts';
import { createSeededRandom } from '../src/seededRandom.ts';
import type { AnswerLanguage } from '../src/textAnalyzer.ts';
import type { ThematicGroup } from '../src/thematicGroups.ts';
import { thematicSpace } from '../src/thematicSpace.ts';
import { accuracyAtThemes } from './accuracyAtThemes.ts';
import { hasNonTopicWord, isTopicLabel } from './labelQuality.ts';
import type { LabelledDataset } from './loadDataset.ts';
import { pairwisePrecision } from './pairwisePrecision.ts';

/** What the evaluation reports for one development set grouped whole, as a room of that many people. */
export interface SetMeasure {
  /** Pairwise precision (%) of the app's groups of 3–6, mean over seeds, and of random groups. */
  precision: number;
  randomPrecision: number;
  /** ACC and NMI (%) of the default method at K = number of themes, mean over seeds. */
  acc: number;
  nmi: number;
  /** Share (%) of same-theme pairs inside groups whose two answers are in different languages. */
  crossLanguage?: number;
  /** Share (%) of groups whose label is made only of topic words (bench/labelQuality.ts). */
  labelQuality: number;
  /** Groups whose label holds a stop word or filler. */
  stopLabels: number;
  groups: number;
  /** Labels of the first seed's groups with their gold themes, for reading. */
  examples: { label: string[]; themes: number[]; texts: string[] }[];
}

/** Groups a whole labelled set as one room (seeds 1..seeds) and measures it. */
export function measureSet(
  matcher: Matcher,
  data: LabelledDataset,
  roomLanguage: AnswerLanguage,
  seeds: number,
): SetMeasure {
  const inputs = data.texts.map((text, index) => ({ participantId: String(index), texts: [text] }));
  let precision = 0;
  let randomPrecision = 0;
  let sameTheme = 0;
  let crossing = 0;
  let topical = 0;
  let stopLabels = 0;
  let groupTotal = 0;
  let examples: SetMeasure['examples'] = [];
  const space = thematicSpace(inputs, { analyzer: matcher.analyzer, language: roomLanguage });
  for (let seed = 1; seed <= seeds; seed++) {
    const { groups } = matcher.thematicGroups(inputs, { seed, language: roomLanguage });
    const members = groups.map((group) => group.members.map(Number));
    precision += pairwisePrecision(members, data.labels) / seeds;
    const count = chooseGroupCount(inputs.length, defaultGroupSizeBounds);
    const partition = randomBalancedPartition(inputs.length, count, createSeededRandom(77 + seed));
    const random: number[][] = Array.from({ length: count }, () => []);
    partition.forEach((group, member) => {
      random[group]?.push(member);
    });
    randomPrecision += pairwisePrecision(random, data.labels) / seeds;
    const pairs = crossLanguagePairs(members, data);
    sameTheme += pairs.same;
    crossing += pairs.crossing;
    for (const group of groups as ThematicGroup[]) {
      groupTotal++;
      if (isTopicLabel(group.label)) topical++;
      if (hasNonTopicWord(group.label)) stopLabels++;
    }
    if (seed === 1)
      examples = groups.map((group) => ({
        label: group.label,
        themes: group.members.map((member) => data.labels[Number(member)] ?? -1),
        texts: group.members.map((member) => data.texts[Number(member)] ?? ''),
      }));
  }
  const { acc, nmi } = accuracyAtThemes(space, data.labels, seeds);
  return {
    precision: 100 * precision,
    randomPrecision: 100 * randomPrecision,
    acc,
    nmi,
    crossLanguage:
      new Set(data.languages).size > 1 && sameTheme > 0 ? (100 * crossing) / sameTheme : undefined,
    labelQuality: groupTotal > 0 ? (100 * topical) / groupTotal : 0,
    stopLabels,
    groups: groupTotal / seeds,
    examples,
  };
}

function crossLanguagePairs(groups: number[][], data: LabelledDataset): { same: number; crossing: number } {
  let same = 0;
  let crossing = 0;
  if (!data.languages) return { same, crossing };
  for (const members of groups) {
    for (let first = 0; first < members.length; first++) {
      for (let second = first + 1; second < members.length; second++) {
        const left = members[first] ?? 0;
        const right = members[second] ?? 0;
        if (data.labels[left] !== data.labels[right]) continue;
        same++;
        if (data.languages[left] !== data.languages[right]) crossing++;
      }
    }
  }
  return { same, crossing };
}
