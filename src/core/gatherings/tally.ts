import type { ConnectorIndex, ConnectorPerson } from '../connector/match.js';
import { termWeight } from '../connector/terms.js';
import { SHARE } from './group.js';

/** A related term (broader or narrower) in the rough tally. */
const NEAR = 0.5;
const REMOTE = 'remote';

/** Where a person may join a group of the current city: not, anywhere (no city, remote), there. */
export const AWAY = 0;
export const ANYWHERE = 1;
export const THERE = 2;

/**
 * A rough tally of how much everyone ties into a growing group, added up from the index's
 * postings as members join: who meets a member's need, whose need a member meets, who does the
 * same things. Only people who may join count (the group's city, or anywhere), so that a step
 * looks at a few hundred people rather than everyone. One tally serves one query at a time.
 */
export class Tally {
  readonly score: Float64Array;
  private readonly seen: Uint8Array;
  /** AWAY / ANYWHERE / THERE by slot while `city` is set. */
  readonly place: Uint8Array;
  touched: number[] = [];
  /** The city the tally is limited to; undefined: everyone counts. */
  city: string | undefined;
  private readonly anywhere: Int32Array;
  private readonly neederSlots = new Map<string, Int32Array>();

  constructor(
    private readonly ix: ConnectorIndex,
    private readonly slotOf: Map<ConnectorPerson, number>,
  ) {
    const n = ix.people.length;
    this.score = new Float64Array(n);
    this.seen = new Uint8Array(n);
    this.place = new Uint8Array(n);
    const anywhere: number[] = [];
    ix.people.forEach((p, i) => {
      if (p.city.length === 0 || p.city.includes(REMOTE)) anywhere.push(i);
    });
    this.anywhere = Int32Array.from(anywhere);
  }

  /** Starts over for a new group in this city (undefined: a group that names none). */
  reset(city: string | undefined): void {
    for (const s of this.touched) {
      this.score[s] = 0;
      this.seen[s] = 0;
    }
    this.touched = [];
    if (this.city !== undefined) this.mark(this.city, AWAY);
    this.city = city;
    if (city !== undefined) this.mark(city, THERE);
  }

  private mark(city: string, there: number): void {
    for (const s of this.anywhere) this.place[s] = there === AWAY ? AWAY : ANYWHERE;
    for (const s of this.ix.citySlots.get(city) ?? []) this.place[s] = there;
  }

  private bump(s: number, w: number): void {
    if (this.city !== undefined && this.place[s] === AWAY) return;
    if (!this.seen[s]) {
      this.seen[s] = 1;
      this.touched.push(s);
    }
    this.score[s] = this.score[s]! + w;
  }

  private slots(list: Int32Array | undefined, w: number): void {
    if (list) for (const s of list) this.bump(s, w);
  }

  /** The needers of a term as slots, made once per term and query. */
  private needers(term: string): Int32Array | undefined {
    let slots = this.neederSlots.get(term);
    if (slots === undefined) {
      const list = this.ix.needers.get(term);
      if (!list) return undefined;
      slots = Int32Array.from(list, (p) => this.slotOf.get(p)!);
      this.neederSlots.set(term, slots);
    }
    return slots;
  }

  /** Adds what a new member brings: people who meet their needs, whose needs they meet, who share. */
  add(m: ConnectorPerson): void {
    const ix = this.ix;
    for (const t of m.needIds) {
      const w = termWeight(t);
      this.slots(ix.offerSlots.get(t), w);
      for (const u of ix.related.get(t) ?? []) this.slots(ix.offerSlots.get(u), NEAR * w);
    }
    for (const t of m.seekIds) this.slots(ix.ableSlots.get(t), 0.5 * termWeight(t));
    for (const u of m.canIds) {
      const w = termWeight(u);
      this.slots(this.needers(u), w);
      for (const t of ix.relatedBack.get(u) ?? []) this.slots(this.needers(t), NEAR * w);
      this.slots(ix.ableSlots.get(u), SHARE * w);
    }
    // Not the city itself: everyone there would be touched; the shortlist weighs the city.
  }
}
