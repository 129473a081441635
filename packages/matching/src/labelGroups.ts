import { isAnswerFiller } from './answerFillers.ts';
import type { FeatureSpace } from './featurize.ts';

/** Label and "why grouped" terms of one group. */
export interface GroupLabel {
  label: string[];
  sharedTerms: Record<string, string[]>;
}

/** A label term is held by this many times more of the group than of the whole room, at least. */
const minimumLift = 2;

/**
 * Labels each group with its 1–3 most distinctive terms (mean weight in the group minus the overall mean),
 * shown as the most frequent original words. A label term is shared by at least two members, at least
 * twice as common in the group as in the room, and holds no filler word ("lol", "runs", "long", "genre"…).
 * Per member, the terms they share with at least one other member (fillers left out too).
 */
export function labelGroups(groups: number[][], space: FeatureSpace, participantIds: string[]): GroupLabel[] {
  const overall = new Float64Array(space.featureCount);
  const holdersOverall = new Float64Array(space.featureCount);
  for (const vector of space.vectors) {
    vector.indices.forEach((feature, entry) => {
      overall[feature] =
        (overall[feature] ?? 0) + (vector.values[entry] ?? 0) / Math.max(1, space.vectors.length);
      holdersOverall[feature] = (holdersOverall[feature] ?? 0) + 1;
    });
  }
  const topical = space.featureLabels.map(
    (text, feature) =>
      !space.isTextFeature[feature] ||
      space.isConceptFeature[feature] ||
      !text.split(' ').some((word) => word === '' || isAnswerFiller(word)),
  );
  return groups.map((members) => {
    const weight = new Map<number, number>();
    const holders = new Map<number, number>();
    for (const member of members) {
      const vector = space.vectors[member];
      vector?.indices.forEach((feature, entry) => {
        weight.set(feature, (weight.get(feature) ?? 0) + (vector.values[entry] ?? 0) / members.length);
        holders.set(feature, (holders.get(feature) ?? 0) + 1);
      });
    }
    const shared = (feature: number) => members.length < 2 || (holders.get(feature) ?? 0) >= 2;
    const distinctive = (feature: number) => {
      const inGroup = (holders.get(feature) ?? 0) / members.length;
      const inRoom = (holdersOverall[feature] ?? 0) / Math.max(1, space.vectors.length);
      return inRoom >= 1 || inGroup >= minimumLift * inRoom;
    };
    const ranked = [...weight.keys()]
      .filter((feature) => topical[feature])
      .map((feature) => ({ feature, score: (weight.get(feature) ?? 0) - (overall[feature] ?? 0) }))
      .sort((left, right) => right.score - left.score || left.feature - right.feature);
    const pick = (textOnly: boolean) => {
      const chosen: string[] = [];
      for (const { feature, score } of ranked) {
        if (chosen.length === 3 || score <= 0) break;
        if (textOnly !== space.isTextFeature[feature] || !shared(feature)) continue;
        if (textOnly && !distinctive(feature)) continue;
        const text = space.featureLabels[feature] ?? '';
        if (chosen.some((other) => other.includes(text) || text.includes(other))) continue;
        chosen.push(text);
      }
      return chosen;
    };
    const textLabel = pick(true);
    const label = textLabel.length > 0 ? textLabel : pick(false);
    const order = new Map(ranked.map(({ feature }, position) => [feature, position]));
    const sharedTerms: Record<string, string[]> = {};
    for (const member of members) {
      const features = (space.vectors[member]?.indices ?? []).filter(
        (feature) => topical[feature] && shared(feature) && members.length > 1,
      );
      features.sort((left, right) => (order.get(left) ?? 0) - (order.get(right) ?? 0));
      sharedTerms[participantIds[member] ?? ''] = [
        ...new Set(features.slice(0, 5).map((feature) => space.featureLabels[feature] ?? '')),
      ];
    }
    return { label, sharedTerms };
  });
}
