import { extractTerms, matchTerms } from '../connector/terms.js';
import type { IntroDrafts } from './introductions.js';

/** What the drafts need of a person. */
export interface DraftPerson {
  name: string;
  nameLatin: string | null;
  needs: readonly string[];
  offers: readonly string[];
}

/** The need of A and the offer of B an introduction is about; null when there is none. */
export interface DraftTopic {
  need: string | null;
  offer: string | null;
}

/** A text the reason quotes weighs more than any number of shared terms. */
const QUOTED = 10;

function overlap(xs: readonly string[], ys: ReadonlySet<string>): number {
  let n = 0;
  for (const x of xs) if (ys.has(x)) n++;
  return n;
}

/**
 * Picks A's need and B's offer the introduction is about: those the reason quotes or shares
 * terms with, and that meet each other best (the connector's own matching); on a tie, the
 * earlier ones; without a reason or any match, the first ones.
 */
export function pickTopic(
  needs: readonly string[],
  offers: readonly string[],
  reason: string | null,
): DraftTopic {
  const reasonText = (reason ?? '').toLowerCase();
  const reasonTerms = new Set(reason ? extractTerms(reason) : []);
  const score = (text: string, terms: readonly string[]) =>
    (reasonText !== '' && reasonText.includes(text.toLowerCase()) ? QUOTED : 0) +
    overlap(terms, reasonTerms);
  const need = needs.map((text) => ({ text, terms: extractTerms(text) }));
  const offer = offers.map((text) => ({ text, terms: extractTerms(text) }));
  const best = <T>(xs: readonly T[], f: (x: T) => number): T | undefined => {
    let top: T | undefined;
    let topScore = -Infinity;
    for (const x of xs) {
      const s = f(x);
      if (s > topScore) [top, topScore] = [x, s];
    }
    return top;
  };
  if (need.length === 0 || offer.length === 0) {
    return {
      need: best(need, (n) => score(n.text, n.terms))?.text ?? null,
      offer: best(offer, (o) => score(o.text, o.terms))?.text ?? null,
    };
  }
  const pairs = need.flatMap((n) => offer.map((o) => ({ n, o })));
  const top = best(
    pairs,
    ({ n, o }) =>
      score(n.text, n.terms) + score(o.text, o.terms) + matchTerms(n.terms, o.terms).score,
  )!;
  return { need: top.n.text, offer: top.o.text };
}

/** A user's text as a sentence: ends with a full stop unless it already ends a sentence. */
function sentence(text: string, stop: string): string {
  return /[。！？!?.…~～]$/.test(text) ? text : `${text}${stop}`;
}

interface Names {
  a: string;
  b: string;
}

function zhDrafts({ a, b }: Names, t: DraftTopic, reason: string | null) {
  const need = t.need && `“${t.need}”`;
  const offer = t.offer && `“${t.offer}”`;
  const why = !need && !offer && reason ? `我觉得你们应该认识一下：${sentence(reason, '。')}` : '';
  const askA = [
    `${a}，你好！`,
    need ? `之前听你说需要${need}。` : '',
    offer
      ? `我认识一位朋友${b}，能提供${offer}，感觉能帮上你。`
      : need
        ? `我认识一位朋友${b}，在这方面也许能帮上忙。`
        : `我认识一位朋友${b}，${why || '觉得你们俩应该认识一下。'}`,
    '要不要我介绍你们认识？你愿意的话，我先去问问 TA 方不方便。',
  ];
  const askB = [
    `${b}，你好！`,
    need && offer
      ? `我有位朋友${a}，最近需要${need}。我记得你能提供${offer}，第一个就想到了你。`
      : need
        ? `我有位朋友${a}，最近需要${need}，我第一个就想到了你。`
        : offer
          ? `我有位朋友${a}，想到你能提供${offer}，觉得你们应该认识一下。`
          : `我有位朋友${a}，${why || '觉得你们应该认识一下。'}`,
    '方便的话想介绍你们认识，你看可以吗？不方便也完全没关系。',
  ];
  const introduce = [
    '给你们互相介绍一下：',
    `${a}，这位是${b}，${offer ? `能提供${offer}。` : '是我很信任的朋友。'}`,
    `${b}，这位是${a}，${need ? `最近需要${need}。` : '也是我的好朋友。'}`,
    why,
    '你们都很乐意认识对方，具体的就直接聊吧！',
  ];
  return {
    askA: askA.join(''),
    askB: askB.join(''),
    introduce: introduce.filter(Boolean).join('\n'),
  };
}

function enDrafts({ a, b }: Names, t: DraftTopic, reason: string | null) {
  const need = t.need && `“${t.need}”`;
  const offer = t.offer && `“${t.offer}”`;
  const why =
    !need && !offer && reason ? `I think you two should meet: ${sentence(reason, '.')}` : '';
  const askA = [
    `Hi ${a}!`,
    need ? `You mentioned you need ${need}.` : '',
    offer
      ? `A friend of mine, ${b}, offers ${offer} and I think they could help.`
      : need
        ? `A friend of mine, ${b}, may be able to help with that.`
        : `A friend of mine, ${b}, comes to mind. ${why || 'I think you two should meet.'}`,
    `Would you like me to introduce you? If so, I'll check with them first.`,
  ];
  const askB = [
    `Hi ${b}!`,
    need && offer
      ? `A friend of mine, ${a}, needs ${need}, and you came to mind first since you offer ${offer}.`
      : need
        ? `A friend of mine, ${a}, needs ${need}, and you came to mind first.`
        : offer
          ? `I think a friend of mine, ${a}, could use what you offer: ${offer}.`
          : `I'd love you to meet a friend of mine, ${a}. ${why}`.trim(),
    `Would you be open to an introduction? No pressure at all if now isn't a good time.`,
  ];
  const introduce = [
    'Hi both, happy to introduce you!',
    `${a}, meet ${b}, ${offer ? `who offers ${offer}.` : 'a friend I trust.'}`,
    `${b}, meet ${a}, ${need ? `who needs ${need}.` : 'a good friend of mine.'}`,
    why,
    `You're both keen to connect, so I'll let you take it from here.`,
  ];
  return {
    askA: askA.filter(Boolean).join(' '),
    askB: askB.filter(Boolean).join(' '),
    introduce: introduce.filter(Boolean).join('\n'),
  };
}

/**
 * The three messages of an introduction in Chinese and English, plain text for WeChat: asking
 * A, asking B, and introducing them, using A's need and B's offer the reason is about. English
 * drafts use the Latin name when a person has one.
 */
export function introductionDrafts(
  a: DraftPerson,
  b: DraftPerson,
  reason: string | null,
): IntroDrafts {
  const topic = pickTopic(a.needs, b.offers, reason);
  const zh = zhDrafts({ a: a.name, b: b.name }, topic, reason);
  const en = enDrafts({ a: a.nameLatin ?? a.name, b: b.nameLatin ?? b.name }, topic, reason);
  return {
    askA: { zh: zh.askA, en: en.askA },
    askB: { zh: zh.askB, en: en.askB },
    introduce: { zh: zh.introduce, en: en.introduce },
  };
}
