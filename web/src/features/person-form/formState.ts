import type {
  CreatePersonInput,
  Person,
  Platform,
  Stage,
  Tier,
  UpdatePersonInput,
} from '../../api/types';
import { localNowMinute } from '../../lib/dates';

/** The form's own state: everything as the user types it. */
export interface PersonFormState {
  name: string;
  nameLatin: string;
  nicknames: string;
  tier: Tier;
  stage: Stage;
  cadence: string;
  disciplines: string;
  skills: string;
  title: string;
  company: string;
  city: string;
  handles: { platform: Platform; value: string }[];
  metToday: boolean;
  metOn: string;
  metPlace: string;
  metHow: string;
  introducedBy: string;
  birthday: string;
  needs: string;
  offers: string;
  seeking: string;
  challenges: string;
  goals: string;
  tags: string;
  note: string;
}

/** Short lists are typed on one line, separated by commas (also ， and 、). */
const COMMA_LISTS = ['nicknames', 'disciplines', 'skills', 'tags'] as const;
/** Longer lists (needs, offers…) one item per line: an item may contain a comma. */
const LINE_LISTS = ['needs', 'offers', 'seeking', 'challenges', 'goals'] as const;
const TEXTS = ['nameLatin', 'title', 'company', 'city', 'metPlace', 'metHow', 'note'] as const;

export function splitComma(s: string): string[] {
  return s
    .split(/[,，、;；\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

export function splitLines(s: string): string[] {
  return s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
}

export function emptyForm(): PersonFormState {
  return {
    name: '',
    nameLatin: '',
    nicknames: '',
    tier: 'unsorted',
    stage: 'connected',
    cadence: '',
    disciplines: '',
    skills: '',
    title: '',
    company: '',
    city: '',
    handles: [],
    metToday: true,
    metOn: '',
    metPlace: '',
    metHow: '',
    introducedBy: '',
    birthday: '',
    needs: '',
    offers: '',
    seeking: '',
    challenges: '',
    goals: '',
    tags: '',
    note: '',
  };
}

export function formFromPerson(p: Person): PersonFormState {
  return {
    name: p.name,
    nameLatin: p.nameLatin ?? '',
    nicknames: p.nicknames.join(', '),
    tier: p.tier,
    stage: p.stage,
    cadence: p.cadenceDays === null ? '' : String(p.cadenceDays),
    disciplines: p.disciplines.join(', '),
    skills: p.skills.join(', '),
    title: p.title ?? '',
    company: p.company ?? '',
    city: p.city ?? '',
    handles: p.handles.map((h) => ({ platform: h.platform, value: h.value })),
    metToday: false,
    metOn: p.metOn ?? '',
    metPlace: p.metPlace ?? '',
    metHow: p.metHow ?? '',
    introducedBy: p.introducedBy?.name ?? '',
    birthday: p.birthday ?? '',
    needs: p.needs.join('\n'),
    offers: p.offers.join('\n'),
    seeking: p.seeking.join('\n'),
    challenges: p.challenges.join('\n'),
    goals: p.goals.join('\n'),
    tags: p.tags.join(', '),
    note: p.note ?? '',
  };
}

function cadenceValue(s: string): number | null {
  const t = s.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function handlesOf(f: PersonFormState) {
  return f.handles
    .map((h) => ({ platform: h.platform, value: h.value.trim() }))
    .filter((h) => h.value !== '');
}

/** A new person: only what was filled in. */
export function toCreateInput(f: PersonFormState, now = new Date()): CreatePersonInput {
  const input: CreatePersonInput = { name: f.name.trim(), tier: f.tier, stage: f.stage };
  for (const k of TEXTS) if (f[k].trim()) input[k] = f[k].trim();
  for (const k of COMMA_LISTS) {
    const list = splitComma(f[k]);
    if (list.length) input[k] = list;
  }
  for (const k of LINE_LISTS) {
    const list = splitLines(f[k]);
    if (list.length) input[k] = list;
  }
  const handles = handlesOf(f);
  if (handles.length) input.handles = handles;
  if (f.cadence.trim()) input.cadenceDays = cadenceValue(f.cadence);
  // "Met today" means now: the 24-hour follow-up window starts at this minute.
  if (f.metToday) input.metOn = localNowMinute(now);
  else if (f.metOn.trim()) input.metOn = f.metOn.trim();
  if (f.introducedBy.trim()) input.introducedBy = f.introducedBy.trim();
  if (f.birthday.trim()) input.birthday = f.birthday.trim();
  return input;
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** An edit: only the fields that changed; a cleared field is sent as null (or an empty list). */
export function toUpdateInput(
  f: PersonFormState,
  orig: PersonFormState,
  now = new Date(),
): UpdatePersonInput {
  const patch: UpdatePersonInput = {};
  if (f.name.trim() !== orig.name.trim()) patch.name = f.name.trim();
  for (const k of TEXTS) {
    if (f[k].trim() !== orig[k].trim()) patch[k] = f[k].trim() || null;
  }
  for (const k of COMMA_LISTS) {
    const list = splitComma(f[k]);
    if (!sameList(list, splitComma(orig[k]))) patch[k] = list;
  }
  for (const k of LINE_LISTS) {
    const list = splitLines(f[k]);
    if (!sameList(list, splitLines(orig[k]))) patch[k] = list;
  }
  if (f.tier !== orig.tier) patch.tier = f.tier;
  if (f.stage !== orig.stage) patch.stage = f.stage;
  if (f.cadence.trim() !== orig.cadence.trim()) patch.cadenceDays = cadenceValue(f.cadence);
  const handles = handlesOf(f);
  const origHandles = handlesOf(orig);
  if (
    handles.length !== origHandles.length ||
    handles.some(
      (h, i) => h.platform !== origHandles[i]?.platform || h.value !== origHandles[i]?.value,
    )
  ) {
    patch.handles = handles;
  }
  if (f.metToday) patch.metOn = localNowMinute(now);
  else if (f.metOn.trim() !== orig.metOn.trim()) patch.metOn = f.metOn.trim() || null;
  if (f.introducedBy.trim() !== orig.introducedBy.trim()) {
    patch.introducedBy = f.introducedBy.trim() || null;
  }
  if (f.birthday.trim() !== orig.birthday.trim()) patch.birthday = f.birthday.trim() || null;
  return patch;
}
