import {
  byScore,
  pairScore,
  suggestFor,
  suggestHelping,
  type ConnectorIndex,
  type ConnectorPerson,
  type PairMatch,
} from '../connector/match.js';
import {
  cityFit,
  isGathering,
  mainCity,
  SAME_CITY,
  scoreGroup,
  SHARE,
  SHARE_CAP,
  shareWeight,
  type Group,
} from './group.js';
import { Tally, THERE } from './tally.js';

/**
 * Small gatherings, suggested in memory over the connector's index: groups of 3–5 people in which
 * everyone shares something (a discipline, a skill, an offer, a city) with someone, and at least
 * one need meets an offer, all in one city (people without a city or who work remotely fit
 * anywhere). Each group starts from a strong need→offer pair among the people the user is closest
 * to and grows one person at a time, the one who ties in best; nobody is in two suggested groups.
 */

export interface GroupOptions {
  size: number;
  limit: number;
  /** Only groups with this person in them (they may be in every group). */
  around?: ConnectorPerson;
}

/** Seeds come from the closest people who need something: the user knows them well enough to host. */
const ASKERS = 1000;
const SEEDS_PER_ASKER = 3;
/** Candidates scored exactly at each step, out of everyone the tally touched. */
const SHORTLIST = 24;

/** The seed pairs, strongest first: each closest asker's best offers, the city fit counted. */
function seedPairs(ix: ConnectorIndex, around: ConnectorPerson | undefined): PairMatch[] {
  let pairs: PairMatch[];
  if (around) {
    pairs = [...suggestFor(ix, around, 50), ...suggestHelping(ix, around, 50)];
  } else {
    const askers = ix.people
      .filter((p) => p.needIds.length > 0 || p.seekIds.length > 0)
      .sort(
        (x, y) =>
          y.closeness - x.closeness ||
          (y.lastInteractionOn ?? '').localeCompare(x.lastInteractionOn ?? '') ||
          x.id - y.id,
      )
      .slice(0, ASKERS);
    pairs = askers.flatMap((a) => suggestFor(ix, a, SEEDS_PER_ASKER));
  }
  const fit = new Map(pairs.map((m) => [m, cityFit(m.b, mainCity([m.a]))]));
  return pairs
    .filter((m) => fit.get(m)! > 0)
    .sort((x, y) => y.score * fit.get(y)! - x.score * fit.get(x)! || byScore(x, y));
}

interface Candidate {
  person: ConnectorPerson;
  value: number;
}

/**
 * Grows a group to `size`: at each step the shortlist of the tally is scored exactly and the
 * person who ties in best joins. Returns undefined when no one can join and keep the rules.
 */
function grow(
  start: ConnectorPerson[],
  size: number,
  tally: Tally,
  ix: ConnectorIndex,
  taken: (p: ConnectorPerson) => boolean,
): ConnectorPerson[] | undefined {
  const members = [...start];
  tally.reset(mainCity(members));
  for (const m of members) tally.add(m);
  while (members.length < size) {
    const lonely = members.filter((a) => !members.some((b) => b !== a && shareWeight(a, b) > 0));
    const last = members.length === size - 1;
    const next =
      pick(members, lonely, last, SHORTLIST, tally, ix, taken) ??
      pick(members, lonely, last, SHORTLIST * 8, tally, ix, taken);
    if (!next) return undefined;
    members.push(next);
    tally.add(next);
  }
  return isGathering(members) ? members : undefined;
}

function pick(
  members: readonly ConnectorPerson[],
  lonely: readonly ConnectorPerson[],
  last: boolean,
  shortlist: number,
  tally: Tally,
  ix: ConnectorIndex,
  taken: (p: ConnectorPerson) => boolean,
): ConnectorPerson | undefined {
  const city = mainCity(members);
  // The tally knows who is in its city by slot; a group that found its city later asks each one.
  const bySlot = city !== undefined && tally.city === city;
  // The shortlist: best rough tally first (kept sorted, it is short).
  const top: Candidate[] = [];
  for (const s of tally.touched) {
    const p = ix.people[s]!;
    if (taken(p) || members.includes(p)) continue;
    const fit = bySlot ? (tally.place[s] === THERE ? SAME_CITY : 1) : cityFit(p, city);
    if (fit === 0) continue;
    const value = tally.score[s]! * p.closeness * fit;
    if (top.length >= shortlist && value <= top[top.length - 1]!.value) continue;
    let i = top.length;
    while (i > 0 && top[i - 1]!.value < value) i--;
    top.splice(i, 0, { person: p, value });
    if (top.length > shortlist) top.pop();
  }
  let best: Candidate | undefined;
  for (const { person: c } of top) {
    const fit = cityFit(c, city);
    if (fit === 0) continue;
    let links = 0;
    let shares = 0;
    let fixes = 0;
    for (const m of members) {
      links += (pairScore(m, c)?.score ?? 0) + (pairScore(c, m)?.score ?? 0);
      const s = shareWeight(c, m);
      shares += Math.min(s, SHARE_CAP) * m.closeness;
      if (s > 0 && lonely.includes(m)) fixes++;
    }
    // Everyone who joins shares something with someone; the last one must leave no one alone,
    // and before that, keeping a member company counts extra.
    if (shares === 0 || (last && fixes < lonely.length)) continue;
    const value = (links + SHARE * shares * c.closeness) * fit * (1 + 0.5 * fixes);
    if (!best || value > best.value || (value === best.value && c.id < best.person.id))
      best = { person: c, value };
  }
  return best?.person;
}

/**
 * Suggested gatherings of `size` people, best first. With `around`, every group includes that
 * person: first groups grown from their own needs and offers, then others they tie into.
 */
export function suggestGroups(ix: ConnectorIndex, opts: GroupOptions): Group[] {
  const { size, limit, around } = opts;
  const slotOf = new Map(ix.people.map((p, i) => [p, i]));
  const tally = new Tally(ix, slotOf);
  const used = new Set<ConnectorPerson>();
  const taken = (p: ConnectorPerson) => used.has(p) || p === around;
  const groups: Group[] = [];
  // A few more than asked, then the best: the greedy order is not quite the score order.
  const enough = limit * 2;
  const tryStart = (start: ConnectorPerson[]) => {
    if (start.some((p) => p !== around && used.has(p))) return;
    const members = grow(start, size, tally, ix, taken);
    if (!members) return;
    for (const m of members) if (m !== around) used.add(m);
    groups.push(scoreGroup(members));
  };
  for (const m of seedPairs(ix, around)) {
    if (groups.length >= enough) break;
    tryStart([m.a, m.b]);
  }
  if (around && groups.length < enough && size >= 3) {
    // Groups around someone else's need that this person shares something with.
    for (const m of seedPairs(ix, undefined)) {
      if (groups.length >= enough) break;
      if (m.a === around || m.b === around) continue;
      if (shareWeight(around, m.a) + shareWeight(around, m.b) === 0) continue;
      if (cityFit(around, mainCity([m.a, m.b])) === 0) continue;
      tryStart([m.a, m.b, around]);
    }
  }
  return groups
    .sort((x, y) => y.score - x.score || x.members[0]!.id - y.members[0]!.id)
    .slice(0, limit);
}
