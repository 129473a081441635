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
  const projected = orthonormalColumns(
    multiplyTransposed(vectors, basis, featureCount, sketch),
    featureCount,
    sketch,
  );
  basis = orthonormalColumns(multiplyRows(vectors, projected, sketch), rows, sketch);
  const weighted = multiplyTransposed(vectors, basis, featureCount, sketch);
  const gram = new Matrix(sketch, sketch);
  for (let left = 0; left < sketch; left++) {
    for (let right = left; right < sketch; right++) {
      let sum = 0;
      for (let feature = 0; feature < featureCount; feature++) {
        sum += (weighted[feature * sketch + left] ?? 0) * (weighted[feature * sketch + right] ?? 0);
      }
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
  vectors.forEach((vector, row) => {
    for (let entry = 0; entry < vector.indices.length; entry++) {
      const offset = (vector.indices[entry] ?? 0) * width;
      const value = vector.values[entry] ?? 0;
      for (let column = 0; column < width; column++) {
        result[row * width + column] =
          (result[row * width + column] ?? 0) + value * (dense[offset + column] ?? 0);
      }
    }
  });
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
  vectors.forEach((vector, row) => {
    for (let entry = 0; entry < vector.indices.length; entry++) {
      const offset = (vector.indices[entry] ?? 0) * width;
      const value = vector.values[entry] ?? 0;
      for (let column = 0; column < width; column++) {
        result[offset + column] = (result[offset + column] ?? 0) + value * (dense[row * width + column] ?? 0);
      }
    }
  });
  return result;
}

/** Modified Gram–Schmidt on the columns of a row-major matrix; degenerate columns become zero. */
function orthonormalColumns(matrix: Float64Array, rows: number, width: number): Float64Array {
  const columns = Array.from({ length: width }, (_, column) => {
    const values = new Float64Array(rows);
    for (let row = 0; row < rows; row++) values[row] = matrix[row * width + column] ?? 0;
    return values;
  });
  columns.forEach((column, index) => {
    for (let previous = 0; previous < index; previous++) {
      const other = columns[previous] as Float64Array;
      let dot = 0;
      for (let row = 0; row < rows; row++) dot += (column[row] ?? 0) * (other[row] ?? 0);
      for (let row = 0; row < rows; row++) column[row] = (column[row] ?? 0) - dot * (other[row] ?? 0);
    }
    let norm = 0;
    for (let row = 0; row < rows; row++) norm += (column[row] ?? 0) ** 2;
    norm = Math.sqrt(norm);
    for (let row = 0; row < rows; row++) column[row] = norm > 1e-10 ? (column[row] ?? 0) / norm : 0;
  });
  const result = new Float64Array(rows * width);
  columns.forEach((column, index) => {
    for (let row = 0; row < rows; row++) result[row * width + index] = column[row] ?? 0;
  });
  return result;
}
