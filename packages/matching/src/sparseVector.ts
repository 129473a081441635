/** A sparse vector: parallel arrays of feature indices (ascending) and values. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/** Euclidean norm of a sparse vector. */
export function sparseNorm(vector: SparseVector): number {
  let sum = 0;
  for (const value of vector.values) sum += value * value;
  return Math.sqrt(sum);
}

/** Dot product of a sparse vector with a dense one. */
export function sparseDotDense(vector: SparseVector, dense: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 0; index < vector.indices.length; index++) {
    sum += (vector.values[index] ?? 0) * (dense[vector.indices[index] ?? 0] ?? 0);
  }
  return sum;
}
