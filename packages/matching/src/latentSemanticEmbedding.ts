import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { RandomSource } from './seededRandom.ts';
import type { SparseVector } from './sparseVector.ts';

/**
 * Latent semantic analysis by randomized SVD (one power iteration): projects sparse TF-IDF rows onto the
 * top `dimensions` singular directions (U·Σ) and L2-normalizes each row. Empty rows stay all-zero.
 */
export function latentSemanticEmbedding(
  vectors: SparseVector[],
  featureCount: number,
  dimensions: number,
  random: RandomSource,
): number[][] {
  const rows = vectors.length;
  const sketch = Math.max(1, Math.min(dimensions + 10, featureCount, rows));
  const omega = new Float64Array(featureCount * sketch);
  for (let index = 0; index < omega.length; index++) omega[index] = gaussian(random);
  let basis = orthonormalColumns(multiplyRows(vectors, omega, sketch), rows, sketch);
  // Power iteration: range(A·Aᵀ·Q) is what matters, and orthonormalizing Aᵀ·Q first would not change
  // it (it only rescales and mixes columns), so the larger featureCount-sized step is skipped.
  const projected = multiplyTransposed(vectors, basis, featureCount, sketch);
  basis = orthonormalColumns(multiplyRows(vectors, projected, sketch), rows, sketch);
  const weighted = multiplyTransposed(vectors, basis, featureCount, sketch);
  const products = new Float64Array(sketch * sketch);
  for (let feature = 0; feature < featureCount; feature++) {
    const offset = feature * sketch;
    for (let left = 0; left < sketch; left++) {
      const value = weighted[offset + left] as number;
      if (value === 0) continue;
      const target = left * sketch;
      for (let right = left; right < sketch; right++)
        products[target + right] =
          (products[target + right] as number) + value * (weighted[offset + right] as number);
    }
  }
  const gram = new Matrix(sketch, sketch);
  for (let left = 0; left < sketch; left++) {
    for (let right = left; right < sketch; right++) {
      const sum = products[left * sketch + right] as number;
      gram.set(left, right, sum);
      gram.set(right, left, sum);
    }
  }
  const decomposition = new EigenvalueDecomposition(gram, { assumeSymmetric: true });
  const eigenvalues = decomposition.realEigenvalues;
  const order = eigenvalues
    .map((_, index) => index)
    .sort((a, b) => (eigenvalues[b] ?? 0) - (eigenvalues[a] ?? 0));
  const kept = order.slice(0, Math.min(dimensions, sketch));
  const eigenvectors = decomposition.eigenvectorMatrix;
  // Scaled eigenvectors of the kept components, column-major, read in the hot loop below.
  const scaled = new Float64Array(kept.length * sketch);
  kept.forEach((component, column) => {
    const scale = Math.sqrt(Math.max(0, eigenvalues[component] ?? 0));
    for (let inner = 0; inner < sketch; inner++)
      scaled[column * sketch + inner] = eigenvectors.get(inner, component) * scale;
  });
  const embedding: number[][] = [];
  for (let row = 0; row < rows; row++) {
    const coordinates = new Array<number>(kept.length);
    let squared = 0;
    for (let column = 0; column < kept.length; column++) {
      let sum = 0;
      for (let inner = 0; inner < sketch; inner++) {
        sum += (basis[row * sketch + inner] as number) * (scaled[column * sketch + inner] as number);
      }
      coordinates[column] = sum;
      squared += sum * sum;
    }
    const scale = squared > 0 ? 1 / Math.sqrt(squared) : 0;
    for (let column = 0; column < kept.length; column++)
      coordinates[column] = (coordinates[column] as number) * scale;
    embedding.push(coordinates);
  }
  return embedding;
}

function gaussian(random: RandomSource): number {
  const radius = Math.sqrt(-2 * Math.log(1 - random()));
  return radius * Math.cos(2 * Math.PI * random());
}

/** rows × width = sparse rows · dense (featureCount × width), row-major. */
function multiplyRows(vectors: SparseVector[], dense: Float64Array, width: number): Float64Array {
  const result = new Float64Array(vectors.length * width);
  for (let row = 0; row < vectors.length; row++) {
    const { indices, values } = vectors[row] as SparseVector;
    const target = row * width;
    for (let entry = 0; entry < indices.length; entry++) {
      const offset = (indices[entry] as number) * width;
      const value = values[entry] as number;
      for (let column = 0; column < width; column++)
        result[target + column] =
          (result[target + column] as number) + value * (dense[offset + column] as number);
    }
  }
  return result;
}

/** featureCount × width = sparseᵀ · dense (rows × width), row-major. */
function multiplyTransposed(
  vectors: SparseVector[],
  dense: Float64Array,
  featureCount: number,
  width: number,
): Float64Array {
  const result = new Float64Array(featureCount * width);
  for (let row = 0; row < vectors.length; row++) {
    const { indices, values } = vectors[row] as SparseVector;
    const source = row * width;
    for (let entry = 0; entry < indices.length; entry++) {
      const offset = (indices[entry] as number) * width;
      const value = values[entry] as number;
      for (let column = 0; column < width; column++)
        result[offset + column] =
          (result[offset + column] as number) + value * (dense[source + column] as number);
    }
  }
  return result;
}

/** Modified Gram–Schmidt on the columns of a row-major matrix; degenerate columns become zero. */
function orthonormalColumns(matrix: Float64Array, rows: number, width: number): Float64Array {
  // Work on a column-major copy so that each column is contiguous.
  const columns = new Float64Array(rows * width);
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < width; column++)
      columns[column * rows + row] = matrix[row * width + column] as number;
  for (let column = 0; column < width; column++) {
    const start = column * rows;
    for (let previous = 0; previous < column; previous++) {
      const other = previous * rows;
      let dot = 0;
      for (let row = 0; row < rows; row++)
        dot += (columns[start + row] as number) * (columns[other + row] as number);
      if (dot === 0) continue;
      for (let row = 0; row < rows; row++)
        columns[start + row] = (columns[start + row] as number) - dot * (columns[other + row] as number);
    }
    let norm = 0;
    for (let row = 0; row < rows; row++) norm += (columns[start + row] as number) ** 2;
    norm = Math.sqrt(norm);
    const scale = norm > 1e-10 ? 1 / norm : 0;
    for (let row = 0; row < rows; row++) columns[start + row] = (columns[start + row] as number) * scale;
  }
  const result = new Float64Array(rows * width);
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < width; column++)
      result[row * width + column] = columns[column * rows + row] as number;
  return result;
}
