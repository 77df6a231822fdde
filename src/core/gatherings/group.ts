import { byScore, pairScore, type ConnectorPerson, type PairMatch } from '../connector/match.js';
import { termWeight } from '../connector/terms.js';

/**
 * The rules and the score of a group of people, suggested or planned by hand: what they share,
 * the needs met among them, and how well their cities fit.
 */

export interface Group {
  members: ConnectorPerson[];
  score: number;
  /** The needs met inside the group (A needs what B offers), best first. */
  links: PairMatch[];
}

/** A shared term weighs about a third of a met need: common ground helps, a met need is the point. */
export const SHARE = 0.35;
/** Per pair: ten shared terms are not ten times the common ground. */
export const SHARE_CAP = 2;
/** All in one city ranks first; in a group planned by hand, each member elsewhere costs this. */
export const SAME_CITY = 1.25;
const ELSEWHERE = 0.35;
const REMOTE = 'remote';

/** Terms two people share (what they do and offer) and their city, weighted. */
export function shareWeight(a: ConnectorPerson, b: ConnectorPerson): number {
  let w = 0;
  for (const t of a.canIds) if (b.canIds.includes(t)) w += termWeight(t);
  for (const c of a.city) if (b.city.includes(c)) w += termWeight(c);
  return w;
}

/** The city most of the group is in (not 'remote'); undefined when nobody names one. */
export function mainCity(members: readonly ConnectorPerson[]): string | undefined {
  const n = new Map<string, number>();
  let best: string | undefined;
  for (const m of members)
    for (const c of m.city) {
      if (c === REMOTE) continue;
      const k = (n.get(c) ?? 0) + 1;
      n.set(c, k);
      if (best === undefined || k > n.get(best)!) best = c;
    }
  return best;
}

/**
 * How well a person's city fits a group's main city: 0 for another city, since a small gathering
 * is one table in one place. People without a city, or who work remotely, fit anywhere.
 */
export function cityFit(p: ConnectorPerson, city: string | undefined): number {
  if (city === undefined || p.city.length === 0 || p.city.includes(REMOTE)) return 1;
  return p.city.includes(city) ? SAME_CITY : 0;
}

/**
 * The group's city factor: all in one city is best. Suggestions never mix cities; a group
 * planned by hand may, and each member elsewhere costs.
 */
function groupCityFit(members: readonly ConnectorPerson[]): number {
  const city = mainCity(members);
  if (city === undefined) return 1;
  let away = 0;
  let here = 0;
  for (const m of members) {
    const f = cityFit(m, city);
    if (f === 0) away++;
    else if (f === SAME_CITY) here++;
  }
  if (away > 0) return ELSEWHERE ** away;
  return here === members.length ? SAME_CITY : 1;
}

/** Every need met inside a group, best first. */
export function groupLinks(members: readonly ConnectorPerson[]): PairMatch[] {
  const links: PairMatch[] = [];
  for (const a of members)
    for (const b of members) {
      const m = a === b ? undefined : pairScore(a, b);
      if (m) links.push(m);
    }
  return links.sort(byScore);
}

/** A group as suggested: its needs met and its score (also for a group planned by hand). */
export function scoreGroup(members: readonly ConnectorPerson[]): Group {
  const links = groupLinks(members);
  let score = 0;
  for (const l of links) score += l.score;
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!;
      const b = members[j]!;
      score += SHARE * Math.min(shareWeight(a, b), SHARE_CAP) * a.closeness * b.closeness;
    }
  return { members: [...members], links, score: score * groupCityFit(members) };
}

/** Whether a group is a gathering: everyone shares something with someone, and a need is met. */
export function isGathering(members: readonly ConnectorPerson[]): boolean {
  if (members.length < 2) return false;
  for (const a of members) if (!members.some((b) => b !== a && shareWeight(a, b) > 0)) return false;
  return members.some((a) => members.some((b) => a !== b && pairScore(a, b) !== undefined));
}
