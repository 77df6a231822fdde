import { normalizeText } from '../search/search-text.js';
import type { Handle } from '../people/people.js';

/**
 * Duplicate detection and merging for imports, as pure functions. A record is the same person
 * as someone stored when they share an e-mail, a phone number or a social handle, or (weaker)
 * the same name at the same company. Websites are not identities: colleagues share one.
 */

export type MatchKind = 'uid' | 'email' | 'phone' | 'handle' | 'name_company';

/** The person-shaped fields a merge looks at. */
export interface MergeFields {
  name: string;
  nameLatin: string | null;
  nicknames: string[];
  company: string | null;
  title: string | null;
  city: string | null;
  handles: Handle[];
  tags: string[];
  birthday: string | null;
  metOn: string | null;
  metHow: string | null;
  note: string | null;
  hasPhoto: boolean;
}

const SCALARS = [
  'nameLatin',
  'company',
  'title',
  'city',
  'birthday',
  'metOn',
  'metHow',
  'note',
] as const;
type Scalar = (typeof SCALARS)[number];

/** Chinese mobile numbers come with and without +86 / 0086; the rest compare digit for digit. */
export function phoneDigits(value: string): string {
  let d = value.replace(/\D/g, '');
  if (d.startsWith('0086')) d = d.slice(4);
  else if (d.startsWith('86') && d.length === 13) d = d.slice(2);
  return d;
}

/** The part of a profile URL or handle that identifies someone (`https://x.com/Li/` → `x.com/li`). */
function bareHandle(value: string): string {
  let v = value.trim().toLowerCase();
  const scheme = v.indexOf('://');
  if (scheme > 0 && /^[a-z][a-z0-9+.-]*$/.test(v.slice(0, scheme))) v = v.slice(scheme + 3);
  if (v.startsWith('www.')) v = v.slice(4);
  if (v.startsWith('@')) v = v.slice(1);
  let end = v.length;
  while (end > 0 && '/?#'.includes(v[end - 1]!)) end--;
  return end === v.length ? v : v.slice(0, end);
}

/** The identity key of a handle, or undefined when it identifies no one (a website, a short number). */
export function handleKey(h: Handle): { key: string; kind: MatchKind } | undefined {
  switch (h.platform) {
    case 'email': {
      const v = h.value
        .trim()
        .toLowerCase()
        .replace(/^mailto:/, '');
      return v.includes('@') ? { key: `email:${v}`, kind: 'email' } : undefined;
    }
    case 'phone': {
      const d = phoneDigits(h.value);
      return d.length >= 6 ? { key: `phone:${d}`, kind: 'phone' } : undefined;
    }
    case 'website':
      return undefined;
    default: {
      const v = bareHandle(h.value);
      return v ? { key: `${h.platform}:${v}`, kind: 'handle' } : undefined;
    }
  }
}

/** The weak key: same name at the same company. */
export function nameCompanyKey(
  name: string,
  company: string | null | undefined,
): string | undefined {
  if (!company?.trim() || !name.trim()) return undefined;
  return `nc:${normalizeText(name)}|${normalizeText(company)}`;
}

/** Every key of a record, strongest first. */
export function matchKeys(p: {
  uid?: string | null;
  name: string;
  company: string | null | undefined;
  handles: readonly Handle[];
}): { key: string; kind: MatchKind }[] {
  const keys: { key: string; kind: MatchKind }[] = [];
  const uid = p.uid?.replace(/^urn:uuid:/i, '').trim();
  if (uid) keys.push({ key: `uid:${uid.toLowerCase()}`, kind: 'uid' });
  // Strongest first: e-mails, then phones, then other handles.
  const phones: { key: string; kind: MatchKind }[] = [];
  const others: { key: string; kind: MatchKind }[] = [];
  for (const h of p.handles) {
    const k = handleKey(h);
    if (k) (k.kind === 'email' ? keys : k.kind === 'phone' ? phones : others).push(k);
  }
  keys.push(...phones, ...others);
  const nc = nameCompanyKey(p.name, p.company);
  if (nc) keys.push({ key: nc, kind: 'name_company' });
  return keys;
}

function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => sameText(x, y))) out.push(x);
  return out;
}

function unionHandles(a: readonly Handle[], b: readonly Handle[]): Handle[] {
  const id = (h: Handle) => handleKey(h)?.key ?? `${h.platform}:${bareHandle(h.value)}`;
  const seen = new Set(a.map(id));
  const out = [...a];
  for (const h of b) {
    const k = id(h);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(h);
    }
  }
  return out;
}

export interface MergePlan {
  /** The fields to write (only those that change). */
  update: Partial<Omit<MergeFields, 'hasPhoto'>> & { photo?: true };
  /** Fields filled, extended or (with overwrite) replaced. */
  changed: string[];
  /** Fields that differ but were left as they were (no overwrite). */
  kept: string[];
}

/**
 * What merging `incoming` into `current` changes: empty fields are filled, tags, nicknames and
 * handles are united, and a field that already has a different value is replaced only with
 * `overwrite` (else it is reported as kept). The name changes only with `overwrite`.
 */
export function planMerge(
  current: MergeFields,
  incoming: MergeFields,
  overwrite: boolean,
): MergePlan {
  const plan: MergePlan = { update: {}, changed: [], kept: [] };
  if (incoming.name && !sameText(incoming.name, current.name)) {
    if (overwrite) {
      plan.update.name = incoming.name;
      plan.changed.push('name');
    } else if (
      !current.nameLatin &&
      !incoming.nameLatin &&
      isLatinFor(incoming.name, current.name)
    ) {
      // 张伟 in the database, "Zhang Wei" in the file: the same person's name in the other script.
      incoming = { ...incoming, nameLatin: incoming.name };
    } else {
      plan.kept.push('name');
    }
  }
  for (const f of SCALARS) {
    const value = incoming[f];
    if (!value) continue;
    const cur = current[f];
    if (!cur) setScalar(plan, f, value);
    else if (!sameText(cur, value)) {
      if (overwrite) setScalar(plan, f, value);
      else plan.kept.push(f);
    }
  }
  // Our vCard export carries the Latin name as a nickname: it is not a new nickname.
  const names = [current.name, current.nameLatin ?? '', incoming.name];
  const nicknames = union(
    current.nicknames,
    incoming.nicknames.filter((n) => !names.some((x) => sameText(x, n))),
  );
  if (nicknames.length > current.nicknames.length) {
    plan.update.nicknames = nicknames;
    plan.changed.push('nicknames');
  }
  const tags = union(current.tags, incoming.tags);
  if (tags.length > current.tags.length) {
    plan.update.tags = tags;
    plan.changed.push('tags');
  }
  const handles = unionHandles(current.handles, incoming.handles);
  if (handles.length > current.handles.length) {
    plan.update.handles = handles;
    plan.changed.push('handles');
  }
  if (incoming.hasPhoto && (!current.hasPhoto || overwrite)) {
    plan.update.photo = true;
    plan.changed.push('photo');
  }
  return plan;
}

const HAN = /\p{Script=Han}/u;

function isLatinFor(latin: string, han: string): boolean {
  return HAN.test(han) && !HAN.test(latin);
}

function setScalar(plan: MergePlan, f: Scalar, value: string): void {
  plan.update[f] = value;
  plan.changed.push(f);
}

/** `current` with a plan applied (for records merged into others of the same import). */
export function applyPlan(current: MergeFields, plan: MergePlan): MergeFields {
  const { photo, ...rest } = plan.update;
  return { ...current, ...rest, hasPhoto: current.hasPhoto || photo === true };
}
