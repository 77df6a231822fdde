/**
 * Pairs of people who know each other (or were already introduced), looked up by their ids.
 * Suggestions check a pair for every candidate they score, and the naive scans for every pair
 * there is, so the lookup neither builds strings nor allocates.
 */
export class KnownPairs {
  private readonly byLower = new Map<number, Set<number>>();

  constructor(pairs: Iterable<readonly [number, number]> = []) {
    for (const [a, b] of pairs) this.add(a, b);
  }

  add(a: number, b: number): void {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    let set = this.byLower.get(lo);
    if (!set) this.byLower.set(lo, (set = new Set()));
    set.add(hi);
  }

  has(a: number, b: number): boolean {
    return a < b ? this.byLower.get(a)?.has(b) === true : this.byLower.get(b)?.has(a) === true;
  }
}
