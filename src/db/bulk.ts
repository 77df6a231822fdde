/**
 * Writing many rows at once. SQLite refuses a statement with more than 32,766 bound parameters,
 * so multi-row INSERTs and long `IN (…)` lists go in slices; each caller picks a slice size that
 * keeps its columns × rows well below that.
 */
export function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * The ids a multi-row `INSERT … RETURNING id` gave, in the order of the rows inserted. SQLite
 * numbers the rows of one INSERT in order, but RETURNING lists them in no promised order.
 */
export function idsInInsertOrder(returned: readonly { id: number }[]): number[] {
  return returned.map((r) => r.id).sort((x, y) => x - y);
}
