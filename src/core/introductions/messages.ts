import type { ErrorDetails } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { INTRO_OUTCOMES, INTRO_STAGES, type Term } from '../vocab.js';

function labelOf(v: { terms: Record<string, Term> }, value: unknown, lang: Lang): string {
  if (typeof value !== 'string') return '';
  return v.terms[value]?.[lang] ?? value;
}

/** `asked-a（已问A）、asked-b（已问B）` / `asked-a, asked-b`: the id to type, the label to read. */
function valueList(v: { terms: Record<string, Term> }, values: unknown, lang: Lang): string {
  if (!Array.isArray(values)) return '';
  return values
    .map((x) => (lang === 'zh' ? `${String(x)}（${labelOf(v, x, lang)}）` : String(x)))
    .join(lang === 'zh' ? '、' : ', ');
}

/**
 * The placeholders of the introduction errors' messages that need the language: stage and
 * outcome labels, who has not consented yet, and the sides to type.
 */
export function introductionErrorParams(d: ErrorDetails, lang: Lang): Record<string, string> {
  const people = Array.isArray(d.people) ? (d.people as { name: string }[]) : [];
  const missing = Array.isArray(d.missing) ? (d.missing as string[]) : [];
  const who = people
    .map((p, i) => {
      const side = (missing[i] ?? '').toUpperCase();
      return lang === 'zh' ? `${p.name}（${side}）` : `${p.name} (${side})`;
    })
    .join(lang === 'zh' ? ' 和 ' : ' and ');
  return {
    stageLabel: labelOf(INTRO_STAGES, d.stage, lang),
    toLabel: labelOf(INTRO_STAGES, d.to, lang),
    skippedLabels: valueList(INTRO_STAGES, d.skipped, lang),
    outcomeLabel: labelOf(INTRO_OUTCOMES, d.outcome, lang),
    outcomes: valueList(INTRO_OUTCOMES, d.allowed, lang),
    who,
    sides: missing.length === 2 ? 'both' : (missing[0] ?? ''),
  };
}
