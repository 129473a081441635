import { describe, expect, it } from 'vitest';
import { featurize } from './featurize.ts';
import type { AnalyzedToken } from './textAnalyzer.ts';

const word = (stem: string): AnalyzedToken => ({ stem, surface: stem });
const extra = (stem: string, weight: number): AnalyzedToken => ({ stem, surface: stem, weight });

describe('featurize, weighted extra terms', () => {
  const space = featurize(
    [
      { answers: [[word('agenda'), extra('syn:plan', 0.5), word('late')]] },
      { answers: [[word('agenda'), extra('syn:plan', 0.5), word('late')]] },
    ],
    { minDocumentFrequency: 1 },
  );
  const featureValue = (label: string) => {
    const feature = space.featureLabels.indexOf(label);
    const vector = space.vectors[0];
    return vector?.values[vector.indices.indexOf(feature)] ?? 0;
  };

  it('counts an extra term at its weight against a word’s 1', () => {
    expect(featureValue('syn:plan') / featureValue('agenda')).toBeCloseTo(0.5);
    const bag = space.bags[0];
    const weightOf = (label: string) => bag?.weights[bag.ids.indexOf(space.featureLabels.indexOf(label))];
    expect(weightOf('syn:plan')).toBeCloseTo(0.5);
    expect(weightOf('agenda')).toBeCloseTo(1);
  });

  it('pairs the words around an extra term, never the extra term itself', () => {
    expect(space.featureLabels).toContain('agenda late');
    expect(space.featureLabels.filter((label) => label.includes('syn:plan'))).toEqual(['syn:plan']);
  });
});
