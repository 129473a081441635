/** A sparse vector: parallel arrays of feature indices (ascending) and values. */
export interface SparseVector {
  indices: number[];
  values: number[];
}
