import { z } from 'zod';
import { isValidTimeZone } from '../time/dates.js';

const NONE_WORDS = ['none', 'off', 'never', '0', '无', '不提醒'];

/** Numeric text becomes a number; anything else stays as typed so the error can quote it. */
const numeric = (v: unknown) => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v);

/** Days between contacts; `none` (or 0) turns the cadence off. */
const cadenceValue = z.preprocess((v) => {
  if (typeof v === 'string' && NONE_WORDS.includes(v.trim().toLowerCase())) return null;
  return v === 0 ? null : numeric(v);
}, z.number().int().min(1).max(3650).nullable());
const count = (min: number, max: number) =>
  z.preprocess(numeric, z.number().int().min(min).max(max));

/** Every setting with its schema and default. Keys are public: CLI, API and docs use them. */
export const SETTING_DEFS = {
  'cadence.core': { schema: cadenceValue, default: 7 as number | null },
  'cadence.important': { schema: cadenceValue, default: 30 as number | null },
  'cadence.general': { schema: cadenceValue, default: 90 as number | null },
  'cadence.unsorted': { schema: cadenceValue, default: null as number | null },
  'capacity.core': { schema: count(1, 1000), default: 10 },
  'capacity.important': { schema: count(1, 10_000), default: 30 },
  'agenda.dueWithinDays': { schema: count(0, 60), default: 3 },
  'agenda.birthdayDays': { schema: count(0, 60), default: 7 },
  'followUp.lookbackDays': { schema: count(1, 3650), default: 30 },
  language: { schema: z.enum(['auto', 'zh', 'en']), default: 'auto' as 'auto' | 'zh' | 'en' },
  timeZone: {
    schema: z
      .string()
      .trim()
      .refine((s) => s === 'auto' || isValidTimeZone(s), { params: { problem: 'invalid_value' } }),
    // Widened: any IANA zone may be stored, not only the literal default.
    default: 'auto' as string,
  },
} as const;

export type SettingKey = keyof typeof SETTING_DEFS;
export type Settings = { -readonly [K in SettingKey]: (typeof SETTING_DEFS)[K]['default'] };
export const SETTING_KEYS = Object.keys(SETTING_DEFS) as SettingKey[];

export function isSettingKey(k: string): k is SettingKey {
  return Object.hasOwn(SETTING_DEFS, k);
}

export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const k of SETTING_KEYS) out[k] = SETTING_DEFS[k].default;
  return out as Settings;
}
