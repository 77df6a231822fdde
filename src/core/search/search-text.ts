/**
 * What "a search matches a person" means, defined once. The FTS index (search.repository.ts)
 * is an accelerator for exactly this rule, and the brute-force scan in bench/ and the property
 * test apply it directly, so the two must always return the same set.
 *
 * Text is normalised (NFKC, lower case, accents dropped) and cut into tokens: every CJK character
 * is a token of its own (Chinese has no spaces, so any run of characters can be searched), and
 * every run of other letters or digits is a word. A query matches a person when each of its parts
 * matches within one of their values:
 * - a run of CJK characters must appear consecutively (so 张伟 matches 张伟 and 小张伟, 伟 matches too);
 * - a word must be the start of a word (zw → zw, zhang → zhangwei, des → designer).
 */

/** Separates values in a document so that a phrase never spans two fields. Never in a query. */
export const VALUE_SEPARATOR = '\uE000';

const CJK = String.raw`\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}`;
const TOKEN_RE = new RegExp(String.raw`(${CJK})|((?:(?!${CJK})[\p{L}\p{N}])+)`, 'gu');

const PLAIN = /^[\u0000-\u007f\u4e00-\u9fff]*$/u;

/** NFKC, lower case, accents removed, whitespace collapsed. */
export function normalizeText(s: string): string {
  // ASCII and the common CJK ideographs are unchanged by NFKD and NFKC and carry no marks: for
  // them (nearly every name) the full normalisation would give the same text, much more slowly.
  if (PLAIN.test(s)) return s.toLowerCase().replace(/\s+/gu, ' ').trim();
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

interface RawToken {
  text: string;
  cjk: boolean;
  start: number;
  end: number;
}

function rawTokens(s: string): RawToken[] {
  const out: RawToken[] = [];
  for (const m of normalizeText(s).matchAll(TOKEN_RE)) {
    out.push({ text: m[0], cjk: m[1] !== undefined, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Tokens of one value. */
export function tokenize(s: string): string[] {
  const norm = normalizeText(s);
  if (PLAIN.test(norm)) return plainTokens(norm);
  return rawTokens(s).map((t) => t.text);
}

/**
 * TOKEN_RE for ASCII and common CJK text, without the regular expression (imports tokenize tens
 * of thousands of names): each ideograph is a token, each run of ASCII letters and digits is one.
 */
function plainTokens(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
    if (word) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    if (c >= 0x4e00 && c <= 0x9fff) out.push(s[i]!);
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** The searchable fields of a person (see the issue: names, pinyin, nickname, company…). */
export interface SearchableFields {
  name: string;
  nameLatin: string | null;
  pinyin: string | null;
  initials: string | null;
  nicknames: readonly string[];
  company: string | null;
  city: string | null;
  tags: readonly string[];
  disciplines: readonly string[];
  skills: readonly string[];
}

/** The token stream of a person, values separated by VALUE_SEPARATOR. */
export function searchDocument(p: SearchableFields): string[] {
  const values: string[] = [p.name];
  if (p.nameLatin) values.push(p.nameLatin);
  if (p.pinyin) values.push(p.pinyin, p.pinyin.replace(/ /g, ''));
  if (p.initials) values.push(p.initials);
  values.push(...p.nicknames);
  if (p.company) values.push(p.company);
  if (p.city) values.push(p.city);
  values.push(...p.tags, ...p.disciplines, ...p.skills);
  const out: string[] = [];
  for (const v of values) {
    const toks = tokenize(v);
    if (toks.length === 0) continue;
    if (out.length > 0) out.push(VALUE_SEPARATOR);
    out.push(...toks);
  }
  return out;
}

export type QueryTerm = { kind: 'phrase'; tokens: string[] } | { kind: 'prefix'; token: string };

/** Splits a query into terms: adjacent CJK characters form one phrase, each word is a prefix. */
export function parseQuery(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let last: RawToken | undefined;
  for (const t of rawTokens(q)) {
    const prev = terms[terms.length - 1];
    if (t.cjk) {
      if (prev?.kind === 'phrase' && last?.cjk && last.end === t.start) prev.tokens.push(t.text);
      else terms.push({ kind: 'phrase', tokens: [t.text] });
    } else {
      terms.push({ kind: 'prefix', token: t.text });
    }
    last = t;
  }
  return terms;
}

/** The FTS5 expression for the terms (table tokenised with `ascii`, so spaces split tokens). */
export function toFtsQuery(terms: readonly QueryTerm[]): string {
  return terms
    .map((t) => (t.kind === 'phrase' ? `"${t.tokens.join(' ')}"` : `"${t.token}"*`))
    .join(' AND ');
}

/** The rule itself, applied directly to a person's token stream. */
export function matchesDocument(terms: readonly QueryTerm[], doc: readonly string[]): boolean {
  if (terms.length === 0) return false;
  return terms.every((t) =>
    t.kind === 'prefix' ? hasPrefix(doc, t.token) : hasRun(doc, t.tokens),
  );
}

function hasPrefix(doc: readonly string[], prefix: string): boolean {
  for (const tok of doc) if (tok !== VALUE_SEPARATOR && tok.startsWith(prefix)) return true;
  return false;
}

function hasRun(doc: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= doc.length; i++) {
    for (let j = 0; j < run.length; j++) if (doc[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}
