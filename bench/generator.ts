import type { Ctx } from '../src/core/context.js';
import type { CreatePersonInput } from '../src/core/people/people.js';
import { createPerson } from '../src/core/people/people.service.js';
import { importInteractions } from '../src/core/interactions/interactions.service.js';
import type { BulkInteractionInput } from '../src/core/interactions/interactions.js';
import { addDays, zonedInstant } from '../src/core/time/dates.js';
import { CHANNELS, type Kind, type Tier } from '../src/core/vocab.js';
import { Rng } from './random.js';
import * as V from './vocabulary.js';

export interface GenerateOptions {
  people: number;
  interactions: number;
  seed?: number;
  /** The generated network's "today"; fixed so that the same seed gives the same database. */
  today?: string;
  onProgress?: (phase: 'people' | 'interactions', done: number, total: number) => void;
}

const YEARS_BACK = 3;

function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** Tier shares of a plausible network: a small core, a few dozen important, many acquaintances. */
function tierFor(i: number, n: number, rng: Rng): Tier {
  const core = Math.max(1, Math.round(n * 0.001));
  const important = Math.max(2, Math.round(n * 0.003));
  if (i < core) return 'core';
  if (i < core + important) return 'important';
  return rng.chance(0.18) ? 'general' : 'unsorted';
}

function personAt(
  i: number,
  n: number,
  rng: Rng,
  today: string,
): CreatePersonInput & { addedOn: string } {
  const metOn = addDays(today, -rng.int(3, 365 * YEARS_BACK));
  const addedOn = addDays(metOn, rng.int(0, 10));
  const [surname, surnameLatin] = rng.weighted(
    V.SURNAMES.map(([zh, en, w]) => [[zh, en] as const, w] as const),
  );
  const given = rng.chance(0.75)
    ? rng.pick(V.GIVEN_CHARS) + rng.pick(V.GIVEN_CHARS)
    : rng.pick(V.GIVEN_CHARS);
  const latinOnly = rng.chance(0.12);
  const name = latinOnly ? `${rng.pick(V.LATIN_FIRST)} ${rng.pick(V.LATIN_LAST)}` : surname + given;
  const year = rng.int(1972, 2003);
  const month = rng.int(1, 12);
  const day = rng.int(1, month === 2 ? 29 : 28);
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const withYear = rng.chance(0.35) && (md !== '02-29' || leap);
  const birthday = withYear ? `${year}-${md}` : rng.chance(0.3) ? `--${md}` : undefined;
  return {
    name,
    nameLatin:
      !latinOnly && rng.chance(0.2) ? `${rng.pick(V.LATIN_FIRST)} ${surnameLatin}` : undefined,
    tier: tierFor(i, n, rng),
    stage: rng.weighted([
      ['connected', 50],
      ['deepened', 20],
      ['maintained', 25],
      ['dormant', 5],
    ] as const),
    city: rng.weighted(V.CITIES),
    company: rng.chance(0.6) ? rng.pick(V.COMPANIES) : undefined,
    disciplines: rng.some(V.DISCIPLINES, 1, 2),
    skills: rng.some(V.SKILLS, 0, 3),
    tags: rng.some(V.TAGS, 0, 3),
    needs: rng.some(V.NEEDS, 0, 3),
    offers: rng.some(V.OFFERS, 0, 3),
    seeking: rng.some(V.SEEKING, 0, 1),
    handles: rng.chance(0.7) ? [`wechat:wx_${i.toString(36)}`] : [],
    birthday,
    metOn,
    addedOn,
  };
}

/**
 * Fills an empty database with a deterministic network: people with realistic Chinese and Latin
 * names, tiers in plausible shares, and three years of interactions weighted toward closer tiers.
 */
export async function generateNetwork(
  ctx: Ctx,
  opts: GenerateOptions,
): Promise<{ people: number; interactions: number }> {
  const rng = new Rng(opts.seed ?? 20261123);
  const today = opts.today ?? '2026-11-23';
  const people: { id: number; tier: Tier; metOn: string; activeUntil: string }[] = [];
  const recentlyMet = new Set<number>();
  for (let i = 0; i < opts.people; i++) {
    const { addedOn, ...input } = personAt(i, opts.people, rng, today);
    // A handful met in the last two days and not yet followed up: the 24-hour queue.
    if (rng.chance(0.002)) input.metOn = addDays(today, -rng.int(0, 1));
    const when = zonedInstant(
      input.metOn && input.metOn > addedOn ? input.metOn : addedOn,
      '20:00',
      ctx.timeZone,
    );
    const p = await createPerson({ ...ctx, now: () => when }, input);
    const metOn = p.metOn ?? addedOn;
    // Many relationships fade: their interactions stop at some point between meeting and today.
    const fades = p.tier === 'core' ? 0.05 : p.tier === 'important' ? 0.25 : 0.5;
    const activeUntil = rng.chance(fades)
      ? addDays(metOn, rng.int(0, Math.max(0, daysFrom(metOn, today))))
      : today;
    people.push({ id: p.id, tier: p.tier, metOn, activeUntil });
    if (p.metOn && p.metOn >= addDays(today, -1)) recentlyMet.add(p.id);
    if (i % 500 === 0) opts.onProgress?.('people', i, opts.people);
  }
  opts.onProgress?.('people', opts.people, opts.people);

  const weight: Record<Tier, number> = { core: 40, important: 12, general: 2, unsorted: 0.6 };
  const pool = people.filter((p) => !recentlyMet.has(p.id));
  const cumulative: number[] = [];
  let total = 0;
  for (const p of pool) cumulative.push((total += weight[p.tier]));
  const pickPerson = () => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return pool[lo]!;
  };
  const kinds: (readonly [Kind, number])[] = [
    ['catch-up', 30],
    ['share', 20],
    ['help', 12],
    ['ask', 10],
    ['check-in', 10],
    ['deep-talk', 6],
    ['congratulate', 4],
    ['support', 3],
    ['collaborate', 3],
    ['intro', 1],
    ['referral', 1],
  ];
  const items: BulkInteractionInput[] = [];
  for (let k = 0; k < opts.interactions && pool.length > 0; k++) {
    const first = pickPerson();
    const ids = [first.id];
    const date = addDays(
      first.activeUntil,
      -rng.int(0, Math.max(0, daysFrom(first.metOn, first.activeUntil))),
    );
    // Group interactions only include people still in touch (and already met) on that day.
    if (rng.chance(0.12)) {
      for (let tries = rng.int(1, 3) * 2; tries > 0; tries--) {
        const other = pickPerson();
        if (other.metOn <= date && other.activeUntil >= date) ids.push(other.id);
      }
    }
    items.push({
      personIds: ids,
      date,
      channel: rng.pick(CHANNELS.values),
      kind: rng.weighted(kinds),
      direction: rng.weighted([
        ['mutual', 50],
        ['gave', 30],
        ['received', 20],
      ] as const),
      note: rng.chance(0.2) ? '聊了聊最近的项目' : undefined,
    });
  }
  opts.onProgress?.('interactions', 0, items.length);
  await importInteractions(ctx, items);
  opts.onProgress?.('interactions', items.length, items.length);
  return { people: people.length, interactions: items.length };
}
