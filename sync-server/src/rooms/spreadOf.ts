/** A number in [0, 1) derived from a document's name (FNV-1a), the same on every run. */
export function spreadOf(name: string): number {
  let hash = 2166136261;
  for (let index = 0; index < name.length; index++) hash = Math.imul(hash ^ name.charCodeAt(index), 16777619);
  return (hash >>> 0) / 2 ** 32;
}
