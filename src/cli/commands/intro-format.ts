import type { Lang } from '../../core/i18n/lang.js';
import {
  nextStep,
  OUTCOMES_AFTER_INTRODUCED,
  type IntroDrafts,
  type Introduction,
} from '../../core/introductions/introductions.js';
import { localDate, localTime } from '../../core/time/dates.js';
import { INTRO_OUTCOMES, INTRO_STAGES } from '../../core/vocab.js';
import type { CliContext } from '../context.js';
import { dueText } from '../format.js';
import { details, label, pc, println, table } from '../output.js';

/** `张伟 → 李娜`: A, the one in need, first. */
export function pairText(n: Introduction): string {
  return `${n.a.name} → ${n.b.name}`;
}

/** The stage label, with the outcome once there is one. */
export function stageText(n: Introduction, lang: Lang): string {
  const s = label(INTRO_STAGES, n.stage, lang);
  if (!n.outcome) return s;
  const o = label(INTRO_OUTCOMES, n.outcome, lang);
  return n.outcome === 'declined' || n.outcome === 'no-fit'
    ? pc.dim(`${s} · ${o}`)
    : pc.green(`${s} · ${o}`);
}

/** `A✓ B·`: who has said yes. */
export function consentText(n: Introduction): string {
  const mark = (given: string | null) => (given ? pc.green('✓') : pc.dim('·'));
  return `A${mark(n.consentA)} B${mark(n.consentB)}`;
}

/** The next step in a few words, for the list. */
function nextShort(n: Introduction, cli: CliContext, today: string): string {
  const zh = cli.lang === 'zh';
  switch (nextStep(n)) {
    case 'ask-a':
      return zh ? `问 ${n.a.name}` : `ask ${n.a.name}`;
    case 'ask-b':
      return zh ? `问 ${n.b.name}` : `ask ${n.b.name}`;
    case 'consent': {
      const who = [n.consentA ? null : n.a.name, n.consentB ? null : n.b.name].filter(Boolean);
      return pc.yellow(zh ? `等 ${who.join('、')} 同意` : `waiting for ${who.join(' and ')}`);
    }
    case 'introduce':
      return pc.cyan(zh ? '介绍认识' : 'introduce them');
    case 'follow-up':
      return `${zh ? '回访' : 'follow up'} ${dueText(n.followUpOn, today, cli.t)}`;
    case 'outcome':
      return zh ? '记结果' : 'record the outcome';
    case 'done':
      return '';
  }
}

function shorten(s: string | null, max = 24): string {
  if (!s) return '';
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

/** The list: one row per introduction, with stage, consents and the next step. */
export function introductionTable(rows: Introduction[], cli: CliContext): string {
  const zh = cli.lang === 'zh';
  const today = localDate(cli.ctx.now(), cli.ctx.timeZone);
  return table(
    zh
      ? ['ID', '引荐', '阶段', '同意', '下一步', '理由']
      : ['ID', 'Introduction', 'Stage', 'Consent', 'Next', 'Reason'],
    rows.map((n) => [
      n.id,
      pairText(n),
      stageText(n, cli.lang),
      consentText(n),
      nextShort(n, cli, today),
      shorten(n.reason),
    ]),
  );
}

/** What to do next, as a sentence with the command to run ("下一步：问问 李娜 是否愿意…"). */
export function nextHint(n: Introduction, cli: CliContext): string | undefined {
  const zh = cli.lang === 'zh';
  const { id } = n;
  const [a, b] = [n.a.name, n.b.name];
  const advance = `tongxing intro advance ${id}`;
  const drafts = `tongxing intro show ${id}`;
  let text: string;
  switch (nextStep(n)) {
    case 'ask-a':
      text = zh
        ? `下一步：问问 ${a} 是否愿意认识 ${b}（消息草稿：${drafts}），问过后 ${advance}`
        : `Next: ask ${a} whether they'd like to meet ${b} (message drafts: ${drafts}), then ${advance}`;
      break;
    case 'ask-b':
      text = zh
        ? `下一步：问问 ${b} 是否愿意（消息草稿：${drafts}），问过后 ${advance}`
        : `Next: ask ${b} whether they're open to it (message drafts: ${drafts}), then ${advance}`;
      if (!n.consentA)
        text += zh
          ? `\n${a} 答应了就记下来：tongxing intro consent ${id} a`
          : `\nOnce ${a} says yes, record it: tongxing intro consent ${id} a`;
      break;
    case 'consent': {
      const sides = !n.consentA && !n.consentB ? 'both' : !n.consentA ? 'a' : 'b';
      const who =
        sides === 'both' ? (zh ? `${a} 和 ${b}` : `${a} and ${b}`) : sides === 'a' ? a : b;
      text = zh
        ? `下一步：等 ${who} 点头，同意后记下来：tongxing intro consent ${id} ${sides}`
        : `Next: wait for ${who} to say yes, then record it: tongxing intro consent ${id} ${sides}`;
      break;
    }
    case 'introduce':
      text = zh
        ? `下一步：双方都同意了，发消息或拉个群介绍他们认识（草稿：${drafts}），然后 ${advance}`
        : `Next: both said yes; introduce them in a message or group chat (draft: ${drafts}), then ${advance}`;
      break;
    case 'follow-up':
      text = zh
        ? `下一步：${n.followUpOn ?? ''} 回访，问问他们聊得怎么样，然后 ${advance}`
        : `Next: on ${n.followUpOn ?? ''}, check how it went, then ${advance}`;
      break;
    case 'outcome':
      text = zh
        ? `下一步：记下结果：${advance} --outcome ${OUTCOMES_AFTER_INTRODUCED.join('|')}`
        : `Next: record how it went: ${advance} --outcome ${OUTCOMES_AFTER_INTRODUCED.join('|')}`;
      break;
    case 'done':
      return undefined;
  }
  return pc.dim(text);
}

/** One introduction in full: people, stage, consents, dates, reason, note and history. */
export function printIntroduction(n: Introduction, cli: CliContext): void {
  const zh = cli.lang === 'zh';
  const tz = cli.ctx.timeZone;
  const today = localDate(cli.ctx.now(), tz);
  println(pc.bold(`${zh ? '引荐' : 'Introduction'} #${n.id}  ${pairText(n)}`));
  const followUp = n.followUpOn ? `${n.followUpOn} ${dueText(n.followUpOn, today, cli.t)}` : null;
  println(
    details([
      [zh ? '阶段' : 'Stage', stageText(n, cli.lang)],
      [zh ? '同意' : 'Consent', consentText(n)],
      [zh ? '理由' : 'Reason', n.reason],
      [zh ? '备注' : 'Note', n.note],
      [zh ? '介绍于' : 'Introduced on', n.introducedOn],
      [zh ? '回访' : 'Follow up', followUp],
    ]),
  );
  println(pc.dim(zh ? '经过：' : 'History:'));
  for (const s of n.history) {
    const when = new Date(s.at);
    const at = `${localDate(when, tz)} ${localTime(when, tz).slice(0, 5)}`;
    const skipped = s.skipped.length
      ? pc.dim(
          zh
            ? `（跳过：${s.skipped.map((x) => label(INTRO_STAGES, x, cli.lang)).join('、')}）`
            : ` (skipped ${s.skipped.map((x) => label(INTRO_STAGES, x, cli.lang)).join(', ')})`,
        )
      : '';
    const note = s.note ? ` · ${s.note}` : '';
    println(`  ${pc.dim(at)}  ${label(INTRO_STAGES, s.stage, cli.lang)}${skipped}${note}`);
  }
}

/**
 * The drafts, each under a heading and otherwise bare (no indent), so they paste into WeChat as
 * they are; the one for the next step is marked.
 */
export function printDrafts(
  n: Introduction,
  drafts: IntroDrafts,
  langs: readonly Lang[],
  cli: CliContext,
): void {
  const zh = cli.lang === 'zh';
  const step = nextStep(n);
  const parts = [
    {
      key: 'askA',
      title: zh ? `问 ${n.a.name}（A）` : `Asking ${n.a.name} (A)`,
      now: step === 'ask-a',
    },
    {
      key: 'askB',
      title: zh ? `问 ${n.b.name}（B）` : `Asking ${n.b.name} (B)`,
      now: step === 'ask-b',
    },
    {
      key: 'introduce',
      title: zh ? '介绍两人认识' : 'The introduction',
      now: step === 'introduce',
    },
  ] as const;
  for (const p of parts) {
    for (const lang of langs) {
      const tag = langs.length > 1 ? (lang === 'zh' ? ' · 中文' : ' · English') : '';
      const mark = p.now ? pc.yellow(zh ? '  ← 下一步用这条' : '  ← for the next step') : '';
      println();
      println(pc.bold(`── ${p.title}${tag} ──`) + mark);
      println(drafts[p.key][lang]);
    }
  }
}
