import { createRequire } from 'node:module';
import type * as JiebaModule from '@node-rs/jieba';
import {
  MEETS,
  STOP_CJK,
  STOP_CJK_CHARS,
  STOP_EN,
  TRADITIONAL_PAIRS,
  vocabulary,
} from './vocabulary.data.js';
import { compoundTable, infoTable } from './term-info.js';

/**
 * Extraction: NFKC and lower case (traditional characters folded to simplified), Chinese runs cut
 * by jieba with every Chinese vocabulary form as a high-frequency user word, English words with
 * their plural dropped. Vocabulary phrases are matched first, longest first, over the mixed token
 * stream, as written or through their words' terms, so 'after effects', 'MG动画', 'UI 设计' and
 * 'listing 设计' (= 'listing design') are one term each. An English word the vocabulary does not
 * list is tried once more by its root (-er, -ing, -or, -ist, -e dropped: 'illustrating'), unless
 * that root is shared by two terms. Then negations, "for …", compounds and broader terms that a
 * narrower one already says are applied (see `extractTerms`).
 */

/**
 * Bump whenever a rule in this file could give other terms for the same text; vocabulary changes
 * are picked up by vocabularyVersion() on their own.
 */
const EXTRACTOR_VERSION = 1;

/** Identifies the vocabulary and the extraction rules; stored terms made under another are stale. */
export function vocabularyVersion(): string {
  return (version ??= `${EXTRACTOR_VERSION}.${hash(JSON.stringify([vocabulary(), MEETS, STOP_CJK, STOP_EN]))}`);
}
let version: string | undefined;

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const BREAK = '\u0000';
const HAN = String.raw`\p{Script=Han}\u3040-\u30ff`;
/**
 * Chinese runs; Latin words (with 'f&b', 'c++', 'c#'); punctuation that ends a phrase. Hyphens,
 * slashes, dots and spaces only separate words, so 'front-end' = 'front end' and 'node.js' = 'node js'.
 */
const SCAN = new RegExp(
  String.raw`([${HAN}]+)|([a-z0-9\u00c0-\u024f]+(?:&[a-z0-9]+)*[+#]*)|([,;:!?()\[\]|、。【】《》「」〈〉…]|\n)`,
  'gu',
);
/** ASCII and common ideographs are their own NFKC (full-width forms such as '，' and 'ＡＥ' are not). */
const PLAIN = /^[\u0000-\u007f\u4e00-\u9fff\u3000-\u303f]*$/u;
const APOSTROPHES = /['’`]/gu;
/** Left out of the token stream so that "animate a logo" reads as the phrase "animate logo". */
const GLUE = new Set(['a', 'an', 'the', 'of']);

let traditional: { map: Map<string, string>; any: RegExp } | undefined;

/** Traditional → simplified characters, built on first use. */
function folding(): { map: Map<string, string>; any: RegExp } {
  if (traditional) return traditional;
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
    const [t, s] = [TRADITIONAL_PAIRS[i]!, TRADITIONAL_PAIRS[i + 1]!];
    if (t !== s) map.set(t, s);
  }
  return (traditional = { map, any: new RegExp(`[${[...map.keys()].join('')}]`, 'u') });
}

function normalise(text: string): string {
  let s = text;
  const fold = folding();
  if (fold.any.test(s)) s = s.replace(/./gsu, (c) => fold.map.get(c) ?? c);
  s = PLAIN.test(s) ? s.toLowerCase() : s.normalize('NFKC').toLowerCase();
  return s.includes("'") || s.includes('’') || s.includes('`') ? s.replace(APOSTROPHES, '') : s;
}

const SINGULAR_KEEP = new Set(['news', 'series', 'sales', 'aws', 'canvas', 'ios', 'lens', 'chaos']);

/** English plural → singular, only where the rule is safe ('photos' → 'photo', 'ads' stays). */
function singular(w: string): string {
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115 /* s */ || SINGULAR_KEEP.has(w)) return w;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes'))
    return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ics')) return w;
  return w.slice(0, -1);
}

/** A rougher English root (-ing, -ist, -er, -or, -e), for words the vocabulary does not list. */
function root(w: string): string {
  let r = w;
  for (const suffix of ['ing', 'ist', 'er', 'or']) {
    if (r.length >= suffix.length + 4 && r.endsWith(suffix)) {
      r = r.slice(0, -suffix.length);
      // modelling → modell → model, programmer → programm → program
      const last = r[r.length - 1]!;
      if (last === r[r.length - 2] && !'aeiou'.includes(last)) r = r.slice(0, -1);
      return r;
    }
  }
  if (r.length >= 5 && r.endsWith('e')) r = r.slice(0, -1);
  return r;
}

function isLatin(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 0x3040;
}

interface Lexicon {
  jieba: JiebaModule.Jieba;
  /** Single-token forms → term id. */
  single: Map<string, string>;
  /** English single-token forms by root; null where two terms share a root. */
  roots: Map<string, string | null>;
  /** Multi-token forms by their tokens → term id. */
  phrases: Map<string, string>;
  /** The same by canonical tokens (see `canonical`); null where two terms meet. */
  canonPhrases: Map<string, string | null>;
  /** Every proper beginning of a phrase key, as written and canonical ('after', '#3d'). */
  starts: Set<string>;
  /** Token → `canonical(token)`, cached. */
  canon: Map<string, string>;
  maxTokens: number;
  /** Chinese single tokens: a term id, or '' for a stop word (to pick apart jieba's guesses). */
  cjk: Map<string, string>;
  maxCjk: number;
}

let lexicon: Lexicon | undefined;

/** Jieba (~150 ms) and the phrase tables are built on first use, once per process. */
function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof JiebaModule;
  const { dict } = require('@node-rs/jieba/dict') as { dict: Buffer };
  const jieba = JiebaClass.withDict(dict);
  const words = new Set<string>();
  for (const t of vocabulary())
    for (const f of [...t.zh, ...t.en])
      for (const m of f.matchAll(/\p{Script=Han}+/gu)) words.add(m[0]);
  // High enough that jieba keeps a vocabulary word whole rather than its parts (动效师, 拍产品),
  // not so high that it breaks ordinary compounds around it (拍卖 stays one word).
  jieba.loadDict(Buffer.from([...words].map((w) => `${w} 300000 n`).join('\n')));

  const lx: Lexicon = {
    jieba,
    single: new Map(),
    roots: new Map(),
    phrases: new Map(),
    canonPhrases: new Map(),
    starts: new Set(),
    canon: new Map(),
    maxTokens: 1,
    cjk: new Map(),
    maxCjk: 1,
  };
  lexicon = lx;
  const forms = vocabulary().flatMap((t) =>
    [...t.zh, ...t.en].map((f) => ({
      id: t.id,
      keys: tokens(jieba, f).filter((k) => k !== BREAK),
    })),
  );
  // Single tokens first: phrases are keyed by them.
  for (const { id, keys } of forms) {
    if (keys.length !== 1) continue;
    const key = keys[0]!;
    if (!lx.single.has(key)) lx.single.set(key, id);
    if (isLatin(key)) {
      const r = root(key);
      const prev = lx.roots.get(r);
      lx.roots.set(r, prev === undefined || prev === id ? id : null);
    } else {
      lx.cjk.set(key, id);
      lx.maxCjk = Math.max(lx.maxCjk, key.length);
    }
  }
  for (const { id, keys } of forms) {
    if (keys.length < 2) continue;
    const key = keys.join(' ');
    if (!lx.phrases.has(key)) lx.phrases.set(key, id);
    const canon = keys.map((k) => canonical(lx, k));
    const ckey = canon.join(' ');
    const prev = lx.canonPhrases.get(ckey);
    lx.canonPhrases.set(ckey, prev === undefined || prev === id ? id : null);
    for (let k = 1; k < keys.length; k++) {
      lx.starts.add(keys.slice(0, k).join(' ')).add(canon.slice(0, k).join(' '));
    }
    lx.maxTokens = Math.max(lx.maxTokens, keys.length);
  }
  for (const w of STOP_CJK) if (!lx.cjk.has(w)) lx.cjk.set(w, '');
  for (const c of STOP_CJK_CHARS) if (!lx.cjk.has(c)) lx.cjk.set(c, '');
  return lx;
}

/**
 * A token as phrases see it when they are not found as written: the term it stands for when it is
 * a form by itself, so that one phrase covers both languages and their synonyms ('listing 设计' =
 * 'listing design', '3D motion' = '3D animation'); otherwise its English root ('illustrated maps'),
 * or the Chinese word.
 */
function canonical(lx: Lexicon, token: string): string {
  let c = lx.canon.get(token);
  if (c === undefined) {
    const id = lx.single.get(token);
    c = id !== undefined ? `#${id}` : isLatin(token) ? root(token) : token;
    // Tokens repeat across texts; the cache is bounded for texts full of one-off words.
    if (lx.canon.size > 100_000) lx.canon.clear();
    lx.canon.set(token, c);
  }
  return c;
}

/** The token stream of a text: English words (singular), jieba's Chinese words, BREAK at punctuation. */
function tokens(jieba: JiebaModule.Jieba, text: string): string[] {
  const out: string[] = [];
  const s = normalise(text);
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(s); m !== null; m = SCAN.exec(s)) {
    if (m[1] !== undefined) {
      for (const w of jieba.cut(m[1], true)) out.push(w);
    } else if (m[2] !== undefined) {
      if (!GLUE.has(m[2])) out.push(singular(m[2]));
    } else if (out.length && out[out.length - 1] !== BREAK) {
      out.push(BREAK);
    }
  }
  return out;
}

/**
 * Tools named next to 'ai' or 'illustrator' that make it Adobe Illustrator ("PS/AI/ID",
 * "Photoshop, Illustrator, InDesign"), and next to 'pr' that make it Premiere.
 */
const DESIGN_TOOLS = new Set(['ps', 'photoshop', 'id', 'indesign', 'cdr', 'coreldraw', 'lr']);
const AI_COMPANIONS = new Set([
  ...DESIGN_TOOLS,
  'ae',
  'pr',
  'c4d',
  'figma',
  'sketch',
  'adobe',
  '矢量',
]);
const PR_COMPANIONS = new Set([
  ...DESIGN_TOOLS,
  'ae',
  'ai',
  'premiere',
  'video',
  'edit',
  'editing',
  'davinci',
  'fcp',
]);

function ambiguous(key: string, toks: readonly string[]): string | undefined {
  switch (key) {
    case 'ai':
      return toks.some((t) => AI_COMPANIONS.has(t)) ? 'adobe-illustrator' : 'ai';
    case 'illustrator':
      return toks.some((t) => DESIGN_TOOLS.has(t)) ? 'adobe-illustrator' : 'illustration';
    case 'pr':
      return toks.some((t) => PR_COMPANIONS.has(t) || !isLatin(t))
        ? 'video-editing'
        : 'public-relations';
    default:
      return undefined;
  }
}

/** "不做3D", "不接急单", "no 3D": the next term is dropped (up to the end of the phrase). */
const NEGATORS = new Set([
  ...['不', '不做', '不接', '不用', '不会', '不太会', '不懂', '不擅长', '无需', '不需要', '不要'],
  ...['no', 'not', 'dont', 'doesnt', 'without', 'except', 'never', 'nor'],
]);

/**
 * "A for B" in English: once the text has named the work, the work named after 'for' (or 'on',
 * 'about') is what it is for, not more work asked or offered: "growth for my illustration shop"
 * does not ask for illustration, "a stylist for a fashion shoot" not for a photographer, "a
 * translator for design texts" offers no design. Its industries, media and deliverables stay.
 */
const FOR = new Set(['for', 'on', 'about']);

/**
 * The canonical terms of a short free text, in order and without duplicates: vocabulary ids, and
 * `w:<word>` for meaningful words outside the vocabulary. Stop words are dropped, a term that a
 * narrower one in the same text already says is left out ("UI设计" is ui-design, not also design;
 * "摄影师，主要拍产品" is product photography), and so is a negated term ("不做3D") and work named
 * after 'for' (see FOR).
 */
export function extractTerms(text: string): string[] {
  const lx = loadLexicon();
  const toks = tokens(lx.jieba, text);
  const n = toks.length;
  const found: string[] = [];
  let negated = false;
  let context = false;
  for (let i = 0; i < n;) {
    const t = toks[i]!;
    if (t === BREAK) {
      negated = context = false;
      i++;
      continue;
    }
    if (FOR.has(t) && !context) context = namesWork(found);
    const before = found.length;
    let took = 0;
    if (i + 1 < n && (lx.starts.has(t) || lx.starts.has(canonical(lx, t)))) {
      // Grow the phrase token by token and keep the longest one found.
      let key = t;
      let ckey = canonical(lx, t);
      let id: string | undefined;
      const end = Math.min(n, i + lx.maxTokens);
      for (let k = i + 1; k < end && toks[k] !== BREAK; k++) {
        key += ` ${toks[k]!}`;
        ckey += ` ${canonical(lx, toks[k]!)}`;
        const hit = lx.phrases.get(key) ?? lx.canonPhrases.get(ckey);
        if (hit) {
          id = hit;
          took = k - i + 1;
        }
        if (!lx.starts.has(key) && !lx.starts.has(ckey)) break;
      }
      if (id) found.push(id);
    }
    if (!took) {
      took = 1;
      if (NEGATORS.has(t)) negated = true;
      else if (t === 'ai' || t === 'pr' || t === 'illustrator') found.push(ambiguous(t, toks)!);
      else if (isLatin(t)) latinWord(lx, t, found);
      else chineseWord(lx, t, found);
    }
    i += took;
    if (negated && found.length > before) {
      found.length = before;
      negated = false;
    }
    if (context) {
      for (let k = found.length - 1; k >= before; k--)
        if (infoTable().get(found[k]!)?.tier === 0) found.splice(k, 1);
    }
  }
  return prune(compose(found));
}

function namesWork(terms: readonly string[]): boolean {
  for (const f of terms) if (infoTable().get(f)?.tier === 0) return true;
  return false;
}

/** Adds the compounds whose every part the text has (itself or a narrower term). */
function compose(found: string[]): string[] {
  for (let i = 0; i < found.length; i++) {
    const compounds = compoundTable().get(found[i]!);
    if (compounds === undefined) continue;
    for (const c of compounds) {
      if (found.includes(c.id)) continue;
      let all = true;
      for (const part of c.parts) all &&= says(found, part);
      if (all) found.push(c.id);
    }
  }
  return found;
}

/** The terms say `id`, themselves or by a narrower term. */
function says(found: readonly string[], id: string): boolean {
  for (const f of found) if (f === id || infoTable().get(f)?.ancestors.has(id)) return true;
  return false;
}

function latinWord(lx: Lexicon, t: string, found: string[]): void {
  const id = lx.single.get(t);
  if (id !== undefined) found.push(id);
  else if (STOP_EN.has(t) || t.length < 2 || /^\d+$/u.test(t)) return;
  else {
    // Only a word that has an ending to drop looks for its root ('illustrating'), so that a
    // vocabulary form cut short ('flower' → 'flow') cannot catch a different word ('flows').
    const r = root(t);
    found.push((r !== t && lx.roots.get(r)) || `w:${t}`);
  }
}

/**
 * A Chinese token outside the vocabulary is often jieba's guess at an unknown word that still
 * holds known ones ("做播客", "人会"): take it apart, longest known piece first, and keep what is
 * left as a literal word when it is two characters or more.
 */
function chineseWord(lx: Lexicon, t: string, found: string[]): void {
  const known = lx.cjk.get(t);
  if (known !== undefined) {
    if (known) found.push(known);
    return;
  }
  if (t.length < 2) return;
  let rest = '';
  let split = false;
  for (let p = 0; p < t.length;) {
    let len = Math.min(lx.maxCjk, t.length - p);
    for (; len > 0; len--) {
      const id = lx.cjk.get(t.slice(p, p + len));
      // Single characters only count as stop words: 书 in 读书会 is not publishing.
      if (id !== undefined && (len > 1 || id === '')) break;
    }
    if (len === 0) {
      rest += t[p];
      p++;
      continue;
    }
    split = true;
    if (rest.length >= 2) found.push(`w:${rest}`);
    rest = '';
    const id = lx.cjk.get(t.slice(p, p + len));
    if (id) found.push(id);
    p += len;
  }
  if (!split) found.push(`w:${t}`);
  else if (rest.length >= 2) found.push(`w:${rest}`);
}

/**
 * Without duplicates, and without a term that a narrower one in the text already says. Only a
 * narrower term of the same or a stronger tier, and not a tool, stands in for its broader term:
 * "插画 for 绘本" keeps illustration, "动效设计，AE 和 Lottie" keeps motion design.
 */
function prune(found: string[]): string[] {
  const unique: string[] = [];
  for (const id of found) if (!unique.includes(id)) unique.push(id);
  const out: string[] = [];
  for (const id of unique) if (!saidBetter(unique, id)) out.push(id);
  return out;
}

function saidBetter(terms: readonly string[], id: string): boolean {
  const tier = infoTable().get(id)?.tier;
  if (tier === undefined) return false;
  for (const o of terms) {
    const info = infoTable().get(o);
    if (info && info.kind !== 'tool' && info.tier <= tier && info.ancestors.has(id)) return true;
  }
  return false;
}
