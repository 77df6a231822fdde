import {
  CHANNELS,
  DIRECTIONS,
  INTRO_OUTCOMES,
  INTRO_STAGES,
  KINDS,
  MODES,
  OFFLINE_CHANNELS,
  PLATFORMS,
  REFERRAL_DIRECTIONS,
  REFERRAL_STATUSES,
  STAGES,
  TIERS,
  type Term,
} from '../../../src/core/vocab.js';
import type { Lang } from '../i18n';

export { CHANNELS, DIRECTIONS, KINDS, MODES, OFFLINE_CHANNELS, PLATFORMS, STAGES, TIERS };
export { INTRO_OUTCOMES, INTRO_STAGES, REFERRAL_DIRECTIONS, REFERRAL_STATUSES };

export interface Vocab<K extends string> {
  values: K[];
  terms: Record<K, Term>;
}

/** A vocabulary value's label in the UI language; English labels start with a capital. */
export function termLabel<K extends string>(v: Vocab<K>, value: K, lang: Lang): string {
  const t = v.terms[value];
  const s = t[lang];
  return lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** `value → label` pairs for a <select>. */
export function termOptions<K extends string>(
  v: Vocab<K>,
  lang: Lang,
): { value: K; label: string }[] {
  return v.values.map((value) => ({ value, label: termLabel(v, value, lang) }));
}

export function isTerm<K extends string>(v: Vocab<K>, s: unknown): s is K {
  return typeof s === 'string' && (v.values as string[]).includes(s);
}
