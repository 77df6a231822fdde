import { infoTable, JUNIOR, JUNIOR_OK, REMOTE, WORD_RANK, WORD_WEIGHT } from './term-info.js';

export interface TermMatch {
  score: number;
  shared: string[];
}

/** Frozen and shared by every call that finds nothing: copy `shared` before changing it. */
const NO_MATCH: TermMatch = Object.freeze({
  score: 0,
  shared: Object.freeze([]) as unknown as string[],
});

/**
 * How well an offer's terms meet a need's: the weights of the need's terms the offer has, plus
 * part of the weight for related terms (see SPECIALIST in term-info.ts; in full for a term that `MEETS` the need,
 * a teacher for a learner). `shared` lists the need's terms that were met. 0 unless the offer
 * meets what the need is about (see KIND_TIER there); 0 too when the offer is in another city than the
 * one the need names, and for a student's offer against a need that is not a learner's.
 *
 * Whenever it scores above 0, one need term and one offer term alone also do, so an index of who
 * offers which term (and the terms related to it) finds every offer this function would score.
 * Allocation-free when nothing matches.
 */
export function matchTerms(need: readonly string[], offer: readonly string[]): TermMatch {
  let score = 0;
  let shared: string[] | undefined;
  let needRank = 8;
  let metRank = 8;
  let city = 0; // 1: the need names a city, 2: and the offer is there
  for (let i = 0; i < need.length; i++) {
    const n = need[i]!;
    const info = infoTable().get(n);
    const rank = info ? info.rank : WORD_RANK;
    if (rank < needRank) needRank = rank;
    const isCity = info?.kind === 'city' && n !== REMOTE;
    if (isCity && city === 0) city = 1;
    const related = info?.related;
    let credit = 0;
    let through: string | undefined;
    for (let j = 0; j < offer.length; j++) {
      const o = offer[j]!;
      if (o === n) {
        credit = 1;
        through = undefined;
        break;
      }
      if (related !== undefined) {
        const c = related.get(o);
        if (c !== undefined && Math.abs(c) > credit) {
          credit = Math.abs(c);
          through = c < 0 ? o : undefined;
        }
      }
    }
    if (credit > 0) {
      if (isCity) city = 2;
      score += credit * (info ? info.weight : WORD_WEIGHT);
      // A deliverable says the work when the offer names no other kind of work ("海报、logo、包装"
      // for branding), not when it does ("绘本编辑" edits picture books, it does not draw them).
      const met =
        through !== undefined && doesOtherWork(offer, n) ? infoTable().get(through)!.rank : rank;
      if (met < metRank) metRank = met;
      (shared ??= []).push(n);
    }
  }
  if (shared === undefined || metRank !== needRank) return NO_MATCH;
  if (offer.includes(JUNIOR) && !need.some((n) => JUNIOR_OK.has(n))) return NO_MATCH;
  if (city === 1 && elsewhere(offer)) return NO_MATCH;
  return { score, shared };
}

/** The offer names work (disciplines, skills, tools, roles), none of it in the same field as `need`. */
function doesOtherWork(offer: readonly string[], need: string): boolean {
  const field = infoTable().get(need)!.ancestors;
  let other = false;
  for (const o of offer) {
    const info = infoTable().get(o);
    if (info?.tier !== 0) continue;
    if (o === need || field.has(o) || info.ancestors.has(need)) return false;
    for (const a of info.ancestors) if (field.has(a)) return false;
    other = true;
  }
  return other;
}

/** The offer names a city (so not the need's) and does not say it works remotely. */
function elsewhere(offer: readonly string[]): boolean {
  let there = false;
  for (const o of offer) {
    if (o === REMOTE) return false;
    if (infoTable().get(o)?.kind === 'city') there = true;
  }
  return there;
}
