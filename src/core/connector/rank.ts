import { relatedCredits, termWeight } from './terms.js';

/**
 * Score accumulation over posting lists, the way a search engine ranks documents: for a need's
 * terms, walk the people who offer each term (or a related one) and add the term's weight times
 * the credit to a per-person total. That total is exactly what `matchTerms` adds up before its
 * rules (rank, city, junior) turn a match down, so it bounds every pair's score from above; the
 * exact scorer then only runs on the few people whose bound could still reach the top.
 *
 * People are numbered by their position in the index ("slots") so that totals live in typed
 * arrays reused across queries: no allocation per candidate.
 */

/** Posting lists by term: the slots of the people carrying it. */
export type Postings = Map<string, Int32Array>;

/** One term's sources: the posting lists of the term itself and its related terms, with credits. */
interface Source {
  slots: Int32Array;
  credit: number;
}

export class Accumulator {
  /** The running total per slot, valid where `seen` holds the current stamp. */
  private readonly total: Float64Array;
  /** The best credit per slot for the term being added, valid where `termSeen` holds its stamp. */
  private readonly best: Float64Array;
  private readonly seen: Int32Array;
  private readonly termSeen: Int32Array;
  private readonly termSlots: Int32Array;
  private stamp = 0;
  private termStamp = 0;
  /** The slots touched since `reset`, in first-touch order. */
  readonly touched: Int32Array;
  count = 0;
  private readonly sources = new WeakMap<Postings, Map<string, Source[]>>();

  constructor(size: number) {
    this.total = new Float64Array(size);
    this.best = new Float64Array(size);
    this.seen = new Int32Array(size);
    this.termSeen = new Int32Array(size);
    this.termSlots = new Int32Array(size);
    this.touched = new Int32Array(size);
  }

  /** Starts a new query. */
  reset(): void {
    this.stamp++;
    this.count = 0;
  }

  /**
   * Adds `factor × weight(term) × credit` for everyone in `postings` who carries the term or a
   * related one (each person once per term, with their best credit, as `matchTerms` does).
   */
  add(postings: Postings, term: string, factor: number): void {
    const w = factor * termWeight(term);
    const stamp = ++this.termStamp;
    let k = 0;
    for (const { slots, credit } of this.sourcesOf(postings, term)) {
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i]!;
        if (this.termSeen[s] !== stamp) {
          this.termSeen[s] = stamp;
          this.best[s] = credit;
          this.termSlots[k++] = s;
        } else if (credit > this.best[s]!) this.best[s] = credit;
      }
    }
    for (let i = 0; i < k; i++) {
      const s = this.termSlots[i]!;
      if (this.seen[s] !== this.stamp) {
        this.seen[s] = this.stamp;
        this.total[s] = 0;
        this.touched[this.count++] = s;
      }
      this.total[s]! += w * this.best[s]!;
    }
  }

  /** The total of a touched slot. */
  totalOf(slot: number): number {
    return this.total[slot]!;
  }

  private sourcesOf(postings: Postings, term: string): Source[] {
    let byTerm = this.sources.get(postings);
    if (!byTerm) this.sources.set(postings, (byTerm = new Map<string, Source[]>()));
    let list = byTerm.get(term);
    if (list) return list;
    list = [];
    const own = postings.get(term);
    if (own) list.push({ slots: own, credit: 1 });
    for (const [u, c] of relatedCredits(term) ?? []) {
      const slots = postings.get(u);
      if (slots) list.push({ slots, credit: Math.abs(c) });
    }
    byTerm.set(term, list);
    return list;
  }
}

/**
 * Slots in descending order of their bound, lazily: a binary heap built in linear time, so that
 * taking the best few of thousands of candidates costs little more than looking at each once.
 */
export class BoundHeap {
  private slots: Int32Array;
  private bounds: Float64Array;
  private size = 0;

  constructor(capacity: number) {
    this.slots = new Int32Array(capacity);
    this.bounds = new Float64Array(capacity);
  }

  /** Fills the heap from parallel lists (replacing what it held). */
  fill(count: number, slotAt: (i: number) => number, boundAt: (i: number) => number): void {
    this.size = 0;
    for (let i = 0; i < count; i++) {
      const b = boundAt(i);
      if (b <= 0) continue;
      this.slots[this.size] = slotAt(i);
      this.bounds[this.size++] = b;
    }
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** The largest bound left, or -1 when empty. */
  peekBound(): number {
    return this.size ? this.bounds[0]! : -1;
  }

  /** Removes and returns the slot with the largest bound. */
  pop(): number {
    const top = this.slots[0]!;
    this.size--;
    this.slots[0] = this.slots[this.size]!;
    this.bounds[0] = this.bounds[this.size]!;
    this.down(0);
    return top;
  }

  private down(i: number): void {
    const { slots, bounds, size } = this;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const r = l + 1;
      const c = r < size && bounds[r]! > bounds[l]! ? r : l;
      if (bounds[c]! <= bounds[i]!) return;
      const s = slots[i]!;
      const b = bounds[i]!;
      slots[i] = slots[c]!;
      bounds[i] = bounds[c]!;
      slots[c] = s;
      bounds[c] = b;
      i = c;
    }
  }
}

/** Sums in another order than `matchTerms` may differ in the last bits: compare with slack. */
export const BOUND_SLACK = 1 + 1e-9;
