import { MEETS, vocabulary, type VocabKind } from './vocabulary.data.js';

/**
 * What the connector knows about each vocabulary term: kind, weight, tier, ancestors, and the
 * related terms that earn partial credit against it (see term-match.ts).
 *
 * A term is a vocabulary id ('motion-design', 'hangzhou') or `w:<word>` for a meaningful word the
 * vocabulary does not know, so that unknown words still match literally ('w:kombucha').
 */

/** A term's kind: the vocabulary's, or 'word' for a literal `w:` term. */
export type TermKind = VocabKind | 'word';

export const WORD_WEIGHT = 0.6;
const KIND_WEIGHT: Record<VocabKind, number> = {
  discipline: 1,
  skill: 1,
  tool: 1,
  deliverable: 1,
  role: 1,
  medium: 0.7,
  industry: 0.6,
  city: 0.5,
};

/**
 * What a need is about, in order: the work itself (0: disciplines, skills, tools, roles), the
 * thing to make (1: deliverables), its context (2: industries, platforms and media, unknown
 * words), and where (3: cities, "a team"). An offer only matches a need when it meets at least one
 * of the need's terms of the first tier the need has (a generic term such as 'design' counts half
 * a tier lower: "a tattoo designer" is about tattoos, not design). So a shared city or industry
 * ranks offers but never makes a match by itself ("product photos in Hangzhou" is not met by a
 * Hangzhou wedding photographer), and when a need names the work, the thing it is made for is not
 * enough ("animate a logo" is not met by a logo designer, "a 插画师 for 绘本" not by a picture-book
 * editor).
 */
const KIND_TIER: Record<VocabKind, number> = {
  discipline: 0,
  skill: 0,
  tool: 0,
  role: 0,
  deliverable: 1,
  medium: 2,
  industry: 2,
  city: 3,
};
export const WORD_RANK = 2 * 2;
const PLACE_TIER = 3;
/** Roles that only add context, like a city ("想认识独立游戏团队": the team is not the point). */
const WEAK = new Set(['studio']);
/** Anywhere: never in conflict with a city. */
export const REMOTE = 'remote';

/**
 * Partial credit along `broader`. A specialist meets a broader need well (a product photographer
 * is a photographer): 0.8 per step, up to three steps. A generalist meets a narrower need less
 * surely (a photographer for product photos): 0.5, one step only, and never from a generic term
 * ('design') or from a term of a weaker tier (the wedding industry is not wedding photography).
 */
const SPECIALIST = 0.8;
const SPECIALIST_STEPS = 3;
const GENERALIST = 0.5;
/** Data weights at or below this mark generic terms. */
const GENERIC_WEIGHT = 0.6;

/** Offers from a student are not offers of professional work: they meet learners' needs only. */
export const JUNIOR = 'student';
export const JUNIOR_OK = new Set([JUNIOR, 'learning']);

export interface Info {
  kind: VocabKind;
  weight: number;
  tier: number;
  /** The tier, with a generic term half a step below the specific ones of its tier. */
  rank: number;
  zh: string;
  en: string;
  /** Every ancestor along `broader`: a text that has a narrower term drops these. */
  ancestors: Set<string>;
  /** A vague term ('design', 'development'): no credit as a generalist. */
  generic: boolean;
  /**
   * Offer term → the share of this need term's weight it earns (not for the term itself);
   * negative for a narrower term of a weaker tier (see `matchTerms`).
   */
  related: Map<string, number> | undefined;
}

/** A more specific term weighs a little more: sharing 'Live2D' says more than sharing 'illustration'. */
const DEPTH_BONUS = 0.1;
const MAX_DEPTH = 3;

let built: Map<string, Info> | undefined;

/** What is known of each term, built on first use (see `vocabulary`). */
export function infoTable(): Map<string, Info> {
  return (built ??= buildInfo());
}

function buildInfo(): Map<string, Info> {
  const info = new Map<string, Info>();
  for (const t of vocabulary()) {
    const tier = WEAK.has(t.id) ? PLACE_TIER : KIND_TIER[t.kind];
    const generic = t.weight !== undefined && t.weight <= GENERIC_WEIGHT;
    info.set(t.id, {
      kind: t.kind,
      weight: t.weight ?? KIND_WEIGHT[t.kind],
      tier,
      rank: tier * 2 + (generic ? 1 : 0),
      zh: t.zh[0] ?? t.id,
      en: t.en[0] ?? t.id,
      ancestors: new Set(),
      generic,
      related: undefined,
    });
  }
  const parents = new Map(vocabulary().map((t) => [t.id, t.broader ?? []]));
  const relate = (a: string, b: string, credit: number) => {
    const ia = info.get(a);
    if (!ia || a === b) return;
    ia.related ??= new Map();
    if (Math.abs(ia.related.get(b) ?? 0) < Math.abs(credit)) ia.related.set(b, credit);
  };
  for (const t of vocabulary()) {
    // Walk up: every ancestor, and partial credit both ways.
    const me = info.get(t.id)!;
    let level = [t.id];
    let step = 1;
    for (; level.length; step++) {
      const next: string[] = [];
      for (const id of level) {
        for (const up of parents.get(id) ?? []) {
          if (!info.has(up)) throw new Error(`vocabulary: ${t.id} is narrower than unknown ${up}`);
          if (me.ancestors.has(up)) continue;
          me.ancestors.add(up);
          next.push(up);
          // Need `up`, offer `t.id` (narrower): the specialist.
          const u = info.get(up)!;
          const crossTier = me.tier > u.tier ? -1 : 1;
          if (step <= SPECIALIST_STEPS) relate(up, t.id, crossTier * SPECIALIST ** step);
          // Need `t.id`, offer `up` (broader): the generalist. Not for a tool: who asks for
          // Unreal is not answered by "game developer".
          if (step === 1 && !u.generic && u.tier <= me.tier && me.kind !== 'tool')
            relate(t.id, up, GENERALIST);
        }
      }
      level = next;
    }
    me.weight *= 1 + DEPTH_BONUS * Math.min(step - 2, MAX_DEPTH);
  }
  for (const [need, offers] of Object.entries(MEETS)) for (const o of offers) relate(need, o, 1);
  return info;
}

/**
 * Terms that are some work done for some context, by their parts: fashion photography is
 * photography (work) for fashion (context), mini-program development is development for mini
 * programs. A text that has every part says the compound ("fashion & editorial photographer").
 */
let compoundsBuilt: Map<string, Compound[]> | undefined;

export function compoundTable(): Map<string, Compound[]> {
  if (compoundsBuilt) return compoundsBuilt;
  const out = new Map<string, Compound[]>();
  for (const t of vocabulary()) {
    const parts = t.broader ?? [];
    const tiers = parts.map((p) => infoTable().get(p)!.tier);
    if (t.kind !== 'discipline' && t.kind !== 'skill') continue;
    if (!tiers.includes(0) || !tiers.includes(2)) continue;
    for (const p of parts) {
      const list = out.get(p) ?? [];
      list.push({ id: t.id, parts });
      out.set(p, list);
    }
  }
  return (compoundsBuilt = out);
}

interface Compound {
  id: string;
  parts: readonly string[];
}

/** The weight of a term when shared: 1 for most vocabulary terms, less for generic ones and cities. */
export function termWeight(id: string): number {
  return infoTable().get(id)?.weight ?? (id.startsWith('w:') ? WORD_WEIGHT : 0);
}

/**
 * The offered terms that earn partial credit against a need term, with that credit (0–1): what
 * `matchTerms` would give the need term for each, before its rules turn a match down. An index
 * that sums these over a need's terms has an upper bound of every `matchTerms` score.
 */
export function relatedCredits(id: string): ReadonlyMap<string, number> | undefined {
  return infoTable().get(id)?.related;
}

/** A term's kind, or 'word' for a literal word. */
export function termKind(id: string): TermKind {
  return infoTable().get(id)?.kind ?? 'word';
}

/** The term as a person would say it: its first Chinese or English form, or the literal word. */
export function termLabel(id: string, lang: 'zh' | 'en'): string {
  const i = infoTable().get(id);
  if (!i) return id.startsWith('w:') ? id.slice(2) : id;
  if (lang === 'zh') return i.zh;
  // Surface forms are stored in lower case for matching; say names and acronyms as written.
  const name = i.kind === 'city' || i.kind === 'tool';
  return i.en
    .split(' ')
    .map((w) => CASED.get(w) ?? (name ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** Words whose written case is not plain lower case or a capital initial. */
const CASED = new Map(
  [
    ...'ui ux ppt hmi 2d 3d vfx xr ar vr dj seo cmf h5 qa aigc sai ai ip vi mg cg ml'.split(' '),
    ...'3ds SaaS Web3 ChatGPT CorelDRAW InDesign ZBrush KeyShot SketchUp AutoCAD'.split(' '),
    ...'TouchDesigner ProtoPie WordPress DaVinci CapCut Live2D'.split(' '),
  ].map((w) => [w.toLowerCase(), w === w.toLowerCase() && w !== '3ds' ? w.toUpperCase() : w]),
);
