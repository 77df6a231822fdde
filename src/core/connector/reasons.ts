import type { Lang } from '../i18n/lang.js';
import type { ConnectorPerson, PairMatch, WhoMatch } from './match.js';
import { matchTerms, termLabel } from './terms.js';

/** The text of a person's list that carries a term (quoted in reasons), else the term's label. */
function textWith(
  p: ConnectorPerson,
  refs: 'need' | 'offer' | 'seek',
  term: string,
  lang: Lang,
): string {
  const list = refs === 'need' ? p.needs : refs === 'offer' ? p.offers : p.seeking;
  const ref = p[refs].find((r) => r.term === term);
  return ref ? (list[ref.text] ?? termLabel(term, lang)) : termLabel(term, lang);
}

/** What B offers that meets a need term (the term itself, else a related one). */
function offerFor(b: ConnectorPerson, term: string, lang: Lang): string {
  const ref =
    b.offer.find((r) => r.term === term) ??
    b.offer.find((r) => matchTerms([term], [r.term]).score > 0);
  return (ref && b.offers[ref.text]) ?? termLabel(term, lang);
}

/** Why A and B: one sentence per met need (and per sought kind of person), in the user's language. */
export function pairReasons(m: PairMatch, lang: Lang): string[] {
  const { a, b } = m;
  const out = m.needTerms.map((t) => {
    const label = termLabel(t, lang);
    const need = textWith(a, 'need', t, lang);
    const offer = offerFor(b, t, lang);
    return lang === 'zh'
      ? `${a.name} 需要“${need}”——${b.name} 能提供“${offer}”（${label}）`
      : `${a.name} needs "${need}" — ${b.name} offers "${offer}" (${label})`;
  });
  for (const t of m.seekTerms) {
    const seek = textWith(a, 'seek', t, lang);
    const label = termLabel(t, lang);
    out.push(
      lang === 'zh'
        ? `${a.name} 想认识“${seek}”——${b.name} 做${label}`
        : `${a.name} is looking for "${seek}" — ${b.name} does ${label}`,
    );
  }
  return out;
}

/** Why this person answers a question. */
export function whoReasons(m: WhoMatch, cityLabel: string | undefined, lang: Lang): string[] {
  const p = m.person;
  const out = m.terms.map((t) => {
    const label = termLabel(t, lang);
    const offer = p.offer.find((r) => r.term === t);
    if (offer) {
      const text = p.offers[offer.text] ?? label;
      return lang === 'zh' ? `能提供“${text}”（${label}）` : `offers "${text}" (${label})`;
    }
    return lang === 'zh' ? `做${label}` : `does ${label}`;
  });
  if (m.inCity && cityLabel) out.push(lang === 'zh' ? `在${cityLabel}` : `in ${cityLabel}`);
  return out;
}
