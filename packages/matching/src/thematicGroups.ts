import { assignClusters, type ClusterStrategy } from './assignClusters.ts';
import { chooseGroupCount } from './chooseGroupCount.ts';
import { defaultGroupSizeBounds, type GroupSizeBounds } from './groupSizeBounds.ts';
import { labelGroups } from './labelGroups.ts';
import { repairGroupSizes } from './repairGroupSizes.ts';
import type { AnswerLanguage, TextAnalyzer } from './textAnalyzer.ts';
import { defaultThematicMethod, type ThematicMethod } from './thematicMethod.ts';
import { thematicSpace } from './thematicSpace.ts';

/** One participant's answers (one text per question) and optional tags and criteria such as role. */
export interface ThematicInput {
  participantId: string;
  texts: string[];
  tags?: string[];
  criteria?: Record<string, string>;
}

/** Options of {@link thematicGroups}. */
export interface ThematicOptions {
  seed: number;
  /** Group sizes (default 3, 5, 6). */
  sizes?: GroupSizeBounds;
  /** Weights: text answers (per question index, default 1), tags (default 0.5), each criterion key (default 0.5). */
  weights?: { texts?: number[]; tags?: number; criteria?: Record<string, number> };
  /** participantId → group index the facilitator locked; they stay where they are. */
  locked?: Record<string, number>;
  /** Bound on clustering iterations (default 20). */
  maxIterations?: number;
  /** Stop words and stemming: English via wink; French via a built-in stop list and suffix stemmer. */
  language?: AnswerLanguage;
  /** Clustering method (default {@link defaultThematicMethod}); a function only from the evaluation harness. */
  method?: ThematicMethod | ClusterStrategy;
  /** Analyzer to reuse (see createMatcher); defaults to a lazily loaded module-wide one. */
  analyzer?: TextAnalyzer;
}

/** A group, its 1–3 label terms and, per member, the terms they share with the group. */
export interface ThematicGroup {
  members: string[];
  label: string[];
  sharedTerms: Record<string, string[]>;
}

/** Groups by theme; everyone is placed in exactly one group. */
export interface ThematicResult {
  groups: ThematicGroup[];
  stats: { iterations: number; ms: number };
}

/**
 * Groups participants with similar answers (TF-IDF, clustering, size repair), keeping locked people in
 * their group. Deterministic for a given seed. People without usable text are placed by tags/criteria,
 * or spread over the groups with room.
 */
export function thematicGroups(inputs: ThematicInput[], options: ThematicOptions): ThematicResult {
  const started = performance.now();
  const bounds = normalizeBounds(options.sizes ?? defaultGroupSizeBounds);
  const space = thematicSpace(inputs, options);
  const locked = inputs.map((input) => {
    const group = options.locked?.[input.participantId];
    return group !== undefined && Number.isInteger(group) && group >= 0 ? group : undefined;
  });
  const highestLocked = Math.max(-1, ...locked.map((group) => group ?? -1));
  const groupCount = Math.max(chooseGroupCount(inputs.length, bounds), highestLocked + 1);
  let iterations = 0;
  let memberIndices: number[][];
  if (groupCount <= 1) {
    memberIndices = inputs.length > 0 ? [inputs.map((_, index) => index)] : [];
  } else {
    const clustering = assignClusters(space, groupCount, {
      seed: options.seed,
      method: options.method ?? defaultThematicMethod,
      maxIterations: options.maxIterations ?? 20,
      // Few dimensions and one k-means start keep 500 people under the interactive time budget (one start
      // measured as good as two on the benchmark sets once themes guide the grouping).
      dimensions: Math.min(100, Math.max(16, Math.round(inputs.length / 16))),
      restarts: 1,
      fixed: locked,
    });
    iterations = clustering.iterations;
    memberIndices = repairGroupSizes({
      vectors: space.vectors,
      featureCount: space.featureCount,
      assignment: clustering.assignment,
      groupCount,
      bounds,
      locked,
    }).filter((members, group) => members.length > 0 || group <= highestLocked);
  }
  const ids = inputs.map((input) => input.participantId);
  const labels = labelGroups(memberIndices, space, ids);
  const groups = memberIndices.map((members, group) => ({
    members: members.map((member) => ids[member] ?? ''),
    label: labels[group]?.label ?? [],
    sharedTerms: labels[group]?.sharedTerms ?? {},
  }));
  return { groups, stats: { iterations, ms: performance.now() - started } };
}

function normalizeBounds(bounds: GroupSizeBounds): GroupSizeBounds {
  const min = Math.max(1, Math.floor(bounds.min));
  const max = Math.max(min, Math.floor(bounds.max));
  return { min, max, target: Math.min(max, Math.max(min, bounds.target)) };
}
