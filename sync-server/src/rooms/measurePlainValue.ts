const encoder = new TextEncoder();

/**
 * The UTF-8 size of `value` as JSON when it is a plain value (null, boolean, finite number, string, and
 * arrays and plain objects of them, at most `maxDepth` deep) and no larger than `maxBytes`; null otherwise.
 */
export function measurePlainValue(value: unknown, maxBytes: number, maxDepth: number): number | null {
  let total = 0;
  const visit = (item: unknown, depth: number): boolean => {
    if (total > maxBytes) return false;
    if (item === null || typeof item === 'boolean') {
      total += 5;
      return true;
    }
    if (typeof item === 'number') {
      total += 24;
      return Number.isFinite(item);
    }
    if (typeof item === 'string') {
      total += item.length > maxBytes ? item.length : encoder.encode(item).byteLength + 2;
      return total <= maxBytes;
    }
    if (depth >= maxDepth || typeof item !== 'object') return false;
    if (Array.isArray(item)) {
      total += 2;
      return item.every((element) => visit(element, depth + 1));
    }
    if (Object.getPrototypeOf(item) !== Object.prototype) return false;
    total += 2;
    return Object.entries(item).every(([key, element]) => visit(key, depth + 1) && visit(element, depth + 1));
  };
  return visit(value, 0) && total <= maxBytes ? total : null;
}
