import { describe, expect, it } from 'vitest';
import { evaluationMethods } from '../bench/evaluationMethods.ts';
import { createMatcher } from './createMatcher.ts';
import type { ThematicInput, ThematicOptions } from './thematicGroups.ts';

const matcher = createMatcher();
const everyMethod: [string, ThematicOptions['method']][] = [
  ['kmeans', 'kmeans'],
  ['kmeans-mixture', 'kmeans-mixture'],
  ...Object.entries(evaluationMethods),
];
const topics = [
  'gardening tomatoes compost soil seeds',
  'python programming code functions debugging',
  'football match goals stadium league',
  'baking bread flour yeast oven',
];
const answers = (count: number): ThematicInput[] =>
  Array.from({ length: count }, (_, index) => {
    const words = (topics[index % topics.length] ?? '').split(' ');
    return {
      participantId: `p${index}`,
      texts: [`I love ${words[index % 5]} and ${words[(index + 2) % 5]} with ${words[(index + 3) % 5]}`],
    };
  });
const topicOf = (id: string) => Number(id.slice(1)) % topics.length;

describe('thematicGroups', () => {
  it('groups people with similar answers together and labels the groups', () => {
    const { groups } = matcher.thematicGroups(answers(20), { seed: 1 });
    expect(groups).toHaveLength(4);
    for (const group of groups) {
      expect(new Set(group.members.map(topicOf)).size).toBe(1);
      expect(group.label.length).toBeGreaterThan(0);
      const anyone = group.members[0] ?? '';
      expect(group.sharedTerms[anyone]?.length).toBeGreaterThan(0);
    }
  });

  it('keeps every size within bounds and places everyone, for every N from 1 to 60', () => {
    for (let count = 1; count <= 60; count++) {
      const { groups } = matcher.thematicGroups(answers(count), { seed: count });
      const members = groups.flatMap((group) => group.members);
      expect(new Set(members).size).toBe(count);
      expect(members).toHaveLength(count);
      if (count >= 3) for (const group of groups) expect(group.members.length).toBeGreaterThanOrEqual(3);
      for (const group of groups) expect(group.members.length).toBeLessThanOrEqual(count < 3 ? count : 6);
    }
  });

  it('is deterministic for a seed, with every method', () => {
    for (const [name, method] of everyMethod) {
      const first = matcher.thematicGroups(answers(37), { seed: 9, method });
      const second = matcher.thematicGroups(answers(37), { seed: 9, method });
      expect(second.groups, name).toEqual(first.groups);
    }
  });

  it('survives hard answers and still respects the bounds', () => {
    const hard: ThematicInput[] = [
      { participantId: 'empty', texts: [''] },
      { participantId: 'blank', texts: ['   '] },
      { participantId: 'one', texts: ['compost'] },
      { participantId: 'emoji', texts: ['🌱🌱🔥'] },
      { participantId: 'dup1', texts: ['python code'] },
      { participantId: 'dup2', texts: ['python code'] },
      { participantId: 'numbers', texts: ['42 3.14 http://example.com'] },
      { participantId: 'long', texts: ['soil compost '.repeat(420)] },
      { participantId: 'french', texts: ["J'aime le jardinage et les tomates du jardin"], tags: ['garden'] },
      { participantId: 'none', texts: [] },
      ...answers(10),
    ];
    const { groups } = matcher.thematicGroups(hard, { seed: 3 });
    expect(groups.flatMap((group) => group.members).sort()).toEqual(
      hard.map((input) => input.participantId).sort(),
    );
    for (const group of groups) {
      expect(group.members.length).toBeGreaterThanOrEqual(3);
      expect(group.members.length).toBeLessThanOrEqual(6);
    }
  });

  it('groups by tags and criteria when there is no text', () => {
    const inputs = Array.from({ length: 12 }, (_, index) => ({
      participantId: `p${index}`,
      texts: [''],
      criteria: { role: index % 2 === 0 ? 'teacher' : 'student' },
    }));
    const { groups } = matcher.thematicGroups(inputs, { seed: 2, weights: { criteria: { role: 1 } } });
    for (const group of groups)
      expect(new Set(group.members.map((id) => Number(id.slice(1)) % 2)).size).toBe(1);
  });

  it('keeps locked people in their group index', () => {
    const locked = { p0: 2, p1: 2, p5: 0 };
    const { groups } = matcher.thematicGroups(answers(24), { seed: 4, locked });
    expect(groups[2]?.members).toEqual(expect.arrayContaining(['p0', 'p1']));
    expect(groups[0]?.members).toContain('p5');
  });

  it('keeps locked people in place when many people are grouped theme by theme', () => {
    // 120 people: enough for broad themes first, then small groups within each theme.
    const locked = { p0: 3, p1: 3, p2: 3, p50: 0, p99: 23 };
    const { groups } = matcher.thematicGroups(answers(120), { seed: 5, locked });
    expect(groups[3]?.members).toEqual(expect.arrayContaining(['p0', 'p1', 'p2']));
    expect(groups[0]?.members).toContain('p50');
    expect(groups[23]?.members).toContain('p99');
    const members = groups.flatMap((group) => group.members);
    expect(new Set(members).size).toBe(120);
    for (const group of groups) {
      expect(group.members.length).toBeGreaterThanOrEqual(3);
      expect(group.members.length).toBeLessThanOrEqual(6);
      // Unlocked members still share one topic: locks, even in the last group, do not scatter the others.
      const free = group.members.filter((id) => !(id in locked));
      expect(new Set(free.map(topicOf)).size).toBeLessThanOrEqual(1);
    }
  });

  it('keeps locked people in place even when their answer is empty, with every method', () => {
    for (const count of [20, 120]) {
      const inputs = answers(count).map((input) =>
        input.participantId === 'p1' ? { ...input, texts: [''] } : input,
      );
      for (const [name, method] of everyMethod) {
        const { groups } = matcher.thematicGroups(inputs, { seed: 3, method, locked: { p1: 2 } });
        expect(groups[2]?.members, `${name}, ${count} people`).toContain('p1');
      }
    }
  });

  it('handles French answers with French stop words and stems', () => {
    const inputs = [
      'Les énergies renouvelables et le solaire',
      "L'énergie solaire pour la maison",
      'Énergie renouvelable, solaire',
      'La cuisine italienne et les pâtes',
      'Cuisiner des pâtes italiennes',
      'La cuisine et les pâtes fraîches',
    ].map((text, index) => ({ participantId: `f${index}`, texts: [text] }));
    const { groups } = matcher.thematicGroups(inputs, {
      seed: 5,
      language: 'fr',
      sizes: { min: 2, target: 3, max: 4 },
    });
    const sorted = groups.map((group) => [...group.members].sort()).sort();
    expect(sorted).toEqual([
      ['f0', 'f1', 'f2'],
      ['f3', 'f4', 'f5'],
    ]);
    expect(groups.flatMap((group) => group.label)).not.toContain('les');
  });
});
