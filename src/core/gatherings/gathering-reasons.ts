import type { ConnectorPerson } from '../connector/match.js';
import { pairReasons } from '../connector/reasons.js';
import { termKind, termLabel, termWeight } from '../connector/terms.js';
import type { Lang } from '../i18n/lang.js';
import type { Group } from './group.js';
import type { KnownPairs } from '../connector/known-pairs.js';

/** Up to this many sentences of each kind: the reasons should fit on a card. */
const MAX_LINKS = 3;
const MAX_SHARED = 2;
const REMOTE = 'remote';

const ZH_COUNT = ['', '', '两人', '三人', '四人', '五人', '六人', '七人', '八人', '九人', '十人'];
const EN_COUNT = ['', '', 'Both', 'All three', 'All four', 'All five'];

/** "王芳 和 李娜", "王芳、李娜 和 张伟"; "Wang Fang and Li Na", "A, B and C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names.join('');
  const head = names.slice(0, -1).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `${head} 和 ${names.at(-1)!}` : `${head} and ${names.at(-1)!}`;
}

function everyone(n: number, lang: Lang): string {
  return lang === 'zh' ? (ZH_COUNT[n] ?? `${n} 人`) : (EN_COUNT[n] ?? `All ${n}`);
}

/** "王芳 和 李娜 都做插画", "Wang Fang and Li Na both do illustration". */
function sharedSentence(term: string, names: readonly string[], lang: Lang): string {
  const label = termLabel(term, lang);
  const who = joinNames(names, lang);
  const kind = termKind(term);
  if (lang === 'zh') {
    if (kind === 'tool') return `${who} 都用${label}`;
    if (kind === 'role') return `${who} 都是${label}`;
    if (kind === 'word') return `${who} 都提到“${label}”`;
    return `${who} 都做${label}`;
  }
  const both = names.length === 2 ? 'both' : 'all';
  if (kind === 'tool') return `${who} ${both} use ${label}`;
  if (kind === 'role' || kind === 'word') return `${who} ${both} mention "${label}"`;
  return `${who} ${both} do ${label}`;
}

/** What several members do or offer alike, the widest and most specific first. */
function sharedReasons(members: readonly ConnectorPerson[], lang: Lang): string[] {
  const holders = new Map<string, ConnectorPerson[]>();
  for (const m of members)
    for (const t of m.canIds) {
      const list = holders.get(t);
      if (list) list.push(m);
      else holders.set(t, [m]);
    }
  const shared = [...holders]
    .filter(([, ps]) => ps.length >= 2)
    .sort(
      ([t, ps], [u, qs]) =>
        qs.length - ps.length || termWeight(u) - termWeight(t) || (t < u ? -1 : 1),
    );
  const out: string[] = [];
  const said = new Set<string>();
  for (const [t, ps] of shared) {
    // One sentence per set of people: "A and B both do motion design" says enough about A and B.
    const key = ps.map((p) => p.id).join(',');
    if (said.has(key)) continue;
    said.add(key);
    out.push(
      sharedSentence(
        t,
        ps.map((p) => p.name),
        lang,
      ),
    );
    if (out.length >= MAX_SHARED) break;
  }
  return out;
}

/** The vocabulary's English forms are lower case: "Hangzhou", "New York". */
function cityLabel(term: string, lang: Lang): string {
  const label = termLabel(term, lang);
  return lang === 'zh' ? label : label.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

/** "三人都在杭州", or who of them is in the same city. */
function cityReason(members: readonly ConnectorPerson[], lang: Lang): string | undefined {
  const by = new Map<string, ConnectorPerson[]>();
  for (const m of members)
    for (const c of m.city) {
      if (c === REMOTE) continue;
      const list = by.get(c);
      if (list) list.push(m);
      else by.set(c, [m]);
    }
  let best: [string, ConnectorPerson[]] | undefined;
  for (const e of by) if (!best || e[1].length > best[1].length) best = e;
  if (!best || best[1].length < 2) return undefined;
  const [city, here] = best;
  const label = cityLabel(city, lang);
  if (here.length === members.length) {
    return lang === 'zh'
      ? `${everyone(here.length, lang)}都在${label}`
      : `${everyone(here.length, lang)} are in ${label}`;
  }
  const who = joinNames(
    here.map((p) => p.name),
    lang,
  );
  if (lang === 'zh') return `${who} 都在${label}`;
  return `${who} are ${here.length === 2 ? 'both' : 'all'} in ${label}`;
}

/**
 * Why these people, in the user's language: the needs met among them ("张伟 需要…——李娜 能提供…"),
 * what they do alike, their city, and that the user would be the one to bring them together.
 */
export function groupReasons(g: Group, knows: KnownPairs, lang: Lang): string[] {
  const out: string[] = [];
  // Best first, but one need of each person before a second one of anybody's.
  const firsts = g.links.filter((l, i) => g.links.findIndex((k) => k.a === l.a) === i);
  const links = [...firsts, ...g.links.filter((l) => !firsts.includes(l))];
  for (const l of links.slice(0, MAX_LINKS)) {
    const [first] = pairReasons(l, lang);
    if (first) out.push(first);
  }
  out.push(...sharedReasons(g.members, lang));
  const city = cityReason(g.members, lang);
  if (city) out.push(city);
  const ms = g.members;
  const strangers = ms.every((a, i) => ms.slice(i + 1).every((b) => !knows.has(a.id, b.id)));
  if (strangers && ms.length > 1) {
    out.push(
      lang === 'zh'
        ? '他们彼此还不认识——由你来做东正合适'
        : 'None of them know each other yet — a good table for you to host',
    );
  }
  return out;
}
