import { describe, expect, it } from 'vitest';
import { EVALUATION_LIMITS } from '../evaluation/evaluationLimits.ts';
import { hostileValues } from '../test/hostileValues.ts';
import { parseEvaluation } from './parseEvaluation.ts';
import { parseEvaluationReaction } from './parseEvaluationReaction.ts';
import { parseRubric } from './parseRubric.ts';

const honest = {
  id: 'e1',
  productionId: 'p1',
  scores: { clarity: 3, depth: 1 },
  comment: 'Good',
  namedToGroup: false,
  namedToFacilitator: true,
  createdAt: 5,
  updatedAt: 6,
};

describe('parseEvaluation', () => {
  it('reads an honest evaluation as written', () => {
    expect(parseEvaluation(honest)).toEqual(honest);
  });

  it('turns every hostile shape into a bounded evaluation that names nobody, or none', () => {
    for (const value of [
      ...hostileValues(),
      { ...honest, scores: { clarity: 9, depth: 2.5, other: '3', __proto__: 2, constructor: 1 } },
      { ...honest, namedToGroup: 'yes', namedToFacilitator: 1 },
      { ...honest, comment: 'x'.repeat(100_000) },
      { ...honest, scores: Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`c${index}`, 2])) },
    ]) {
      const evaluation = parseEvaluation(value);
      if (!evaluation) continue;
      expect(evaluation.productionId).not.toBe('__proto__');
      expect([...evaluation.comment].length).toBeLessThanOrEqual(EVALUATION_LIMITS.commentLength);
      expect(Object.keys(evaluation.scores).length).toBeLessThanOrEqual(2 * EVALUATION_LIMITS.criteriaMax);
      for (const [criterion, level] of Object.entries(evaluation.scores)) {
        expect(['__proto__', 'constructor']).not.toContain(criterion);
        expect(Number.isInteger(level) && level >= 1 && level <= EVALUATION_LIMITS.levels).toBe(true);
      }
      if (
        value !== null &&
        typeof value === 'object' &&
        (value as { namedToGroup?: unknown }).namedToGroup !== true
      )
        expect(evaluation.namedToGroup).toBe(false);
      expect(typeof evaluation.namedToFacilitator).toBe('boolean');
      expect(Number.isFinite(evaluation.createdAt) && evaluation.createdAt >= 0).toBe(true);
    }
    expect(parseEvaluation({ ...honest, scores: { clarity: 9, depth: 2.5, other: '3' } })?.scores).toEqual(
      {},
    );
    expect(parseEvaluation({ ...honest, id: '' })).toBeNull();
    expect(parseEvaluation({ ...honest, productionId: '__proto__' })).toBeNull();
  });
});

describe('parseEvaluationReaction', () => {
  it('reads the two kinds and nothing else', () => {
    expect(parseEvaluationReaction({ kind: 'helpful', at: 3 })).toEqual({ kind: 'helpful', at: 3 });
    expect(parseEvaluationReaction({ kind: 'unclear', at: -3 })).toEqual({ kind: 'unclear', at: 0 });
    for (const value of hostileValues()) expect(parseEvaluationReaction(value)).toBeNull();
    expect(parseEvaluationReaction({ kind: 'learned' })).toBeNull();
  });
});

describe('parseRubric', () => {
  const criterion = (id: string) => ({ id, title: id, levels: ['1', '2', '3', '4'] });

  it('keeps 2 to 5 criteria with distinct ids and exactly four levels each', () => {
    const rubric = parseRubric({
      criteria: [
        criterion('a'),
        criterion('a'),
        { ...criterion('b'), levels: ['only one'] },
        criterion('__proto__'),
      ],
      commentPrompt: 'Say more',
    });
    expect(rubric?.criteria.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(rubric?.criteria[1]?.levels).toEqual(['only one', '', '', '']);
    expect(parseRubric({ criteria: [criterion('a')] })).toBeNull();
    const many = parseRubric({ criteria: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(criterion) });
    expect(many?.criteria).toHaveLength(EVALUATION_LIMITS.criteriaMax);
    for (const value of hostileValues()) expect(parseRubric(value)).toBeNull();
  });
});
