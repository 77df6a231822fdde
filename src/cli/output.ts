import { createRequire } from 'node:module';
import type TableType from 'cli-table3';
import pc from 'picocolors';
import type { Lang } from '../core/i18n/lang.js';
import type { Term } from '../core/vocab.js';

export { pc };

/** Machine output: pretty JSON on stdout and nothing else. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function println(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** A borderless table; cli-table3 measures CJK characters as two columns wide. */
export function table(head: string[], rows: (string | number | null | undefined)[][]): string {
  // Loaded on first use: `--json` runs and scripts never pay for it (see scripts/build.mjs).
  const Table = createRequire(import.meta.url)('cli-table3') as typeof TableType;
  const t = new Table({
    head: head.map((h) => pc.bold(h)),
    chars: {
      top: '',
      'top-mid': '',
      'top-left': '',
      'top-right': '',
      bottom: '',
      'bottom-mid': '',
      'bottom-left': '',
      'bottom-right': '',
      left: '',
      'left-mid': '',
      mid: '',
      'mid-mid': '',
      right: '',
      'right-mid': '',
      middle: '  ',
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    wordWrap: false,
  });
  for (const r of rows) t.push(r.map((c) => (c === null || c === undefined ? '' : String(c))));
  return t.toString();
}

/** The label of a vocabulary value in the user's language. */
export function label(v: { terms: Record<string, Term> }, value: string, lang: Lang): string {
  return v.terms[value]?.[lang] ?? value;
}

/** `key: value` lines for a profile, skipping empty values. */
export function details(pairs: [string, string | null | undefined][]): string {
  const shown = pairs.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return shown.map(([k, v]) => `${pc.dim(`${k}:`)} ${v}`).join('\n');
}
