import { describe, expect, it } from 'vitest';
import { PAIRS } from './eval/pairs.js';
import { extractTerms, matchTerms } from './terms.js';

/**
 * Precision@5 and recall@5 of `matchTerms` over the labelled set: for each distinct need, every
 * offer of the set is ranked by score (score > 0 only) and the top 5 are compared with the labels.
 * An offer not labelled for a need counts as a wrong answer. A need for which nothing is returned
 * has precision 0. Set EVAL_VERBOSE=1 to print every miss.
 *
 * Known misses, left in the set on purpose: a shared tool across disciplines (Figma for a UX need
 * brings UI designers), a different specialty that the offer does not spell out as one (a
 * character modeler for product renders), Chinese "for" phrasing ("聊聊插画被盗用" brings
 * illustrators to a copyright question), investors whose focus differs, and needs for two skills
 * in one person ("会拍视频又会剪") that single-skill offers half meet.
 */

const K = 5;

interface NeedResult {
  need: string;
  precision: number;
  recall: number;
  wrong: string[];
  missed: string[];
}

function evaluate(): { precision: number; recall: number; needs: number; results: NeedResult[] } {
  const offers = [...new Set(PAIRS.map((p) => p.offer))].map((text) => ({
    text,
    terms: extractTerms(text),
  }));
  const needs = [...new Set(PAIRS.map((p) => p.need))];
  const results = needs.map((need): NeedResult => {
    const terms = extractTerms(need);
    const relevant = new Set(PAIRS.filter((p) => p.need === need && p.match).map((p) => p.offer));
    const top = offers
      .map((o) => ({ text: o.text, score: matchTerms(terms, o.terms).score }))
      .filter((o) => o.score > 0)
      .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text))
      .slice(0, K)
      .map((o) => o.text);
    const hits = top.filter((t) => relevant.has(t));
    return {
      need,
      precision: top.length ? hits.length / top.length : 0,
      recall: relevant.size ? hits.length / relevant.size : 1,
      wrong: top.filter((t) => !relevant.has(t)),
      missed: [...relevant].filter((t) => !top.includes(t)),
    };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    precision: mean(results.map((r) => r.precision)),
    recall: mean(results.map((r) => r.recall)),
    needs: needs.length,
    results,
  };
}

describe('matching needs to offers on the labelled set', () => {
  it('is a set worth measuring', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(150);
    expect(PAIRS.filter((p) => !p.match).length).toBeGreaterThanOrEqual(50);
    const seen = new Set<string>();
    for (const p of PAIRS) {
      const key = `${p.need}\u0000${p.offer}`;
      expect(seen.has(key), `labelled twice: ${p.need} / ${p.offer}`).toBe(false);
      seen.add(key);
    }
  });

  it('reaches the precision@5 and recall@5 floors', () => {
    const { precision, recall, needs, results } = evaluate();
    console.log(
      `precision@${K} ${precision.toFixed(3)} recall@${K} ${recall.toFixed(3)} over ${PAIRS.length} pairs, ${needs} needs`,
    );
    if (process.env.EVAL_VERBOSE) {
      for (const r of results) {
        if (r.wrong.length || r.missed.length) {
          console.log(
            `${r.need}\n  wrong: ${r.wrong.join(' | ')}\n  missed: ${r.missed.join(' | ')}`,
          );
        }
      }
    }
    // Measured: precision@5 0.838, recall@5 0.973 (518 pairs, 84 needs).
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.93);
  });
});
