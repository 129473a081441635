import { describe, expect, it } from 'vitest';
import { bucketNumbers } from './bucketNumbers.ts';

const asText = (ranges: ReturnType<typeof bucketNumbers>) =>
  ranges.map((range) => (range ? `${range.low}-${range.high}` : null));

describe('bucketNumbers', () => {
  it('splits into three ranges of about as many people each, whatever the input order', () => {
    expect(asText(bucketNumbers([9, 1, 5, 2, 8, 3, 7, 4, 6]))).toEqual([
      '7-9',
      '1-3',
      '4-6',
      '1-3',
      '7-9',
      '1-3',
      '7-9',
      '4-6',
      '4-6',
    ]);
  });

  it('keeps an outlier with its neighbours instead of alone', () => {
    expect(asText(bucketNumbers([1, 2, 3, 4, 5, 40]))).toEqual(['1-2', '1-2', '3-4', '3-4', '5-40', '5-40']);
  });

  it('never separates equal numbers, and makes fewer ranges when there are few distinct values', () => {
    expect(asText(bucketNumbers([1, 1, 1, 1, 2, 3]))).toEqual(['1-1', '1-1', '1-1', '1-1', '2-3', '2-3']);
    expect(asText(bucketNumbers([0, 10, 0, 10, 0, 10]))).toEqual([
      '0-0',
      '10-10',
      '0-0',
      '10-10',
      '0-0',
      '10-10',
    ]);
    expect(asText(bucketNumbers([4, 4, 4]))).toEqual(['4-4', '4-4', '4-4']);
  });

  it('leaves unknown values out', () => {
    expect(asText(bucketNumbers([null, 2, undefined, Number.NaN, 7]))).toEqual([
      null,
      '2-2',
      null,
      null,
      '7-7',
    ]);
    expect(bucketNumbers([null, null])).toEqual([null, null]);
    expect(bucketNumbers([])).toEqual([]);
  });
});
