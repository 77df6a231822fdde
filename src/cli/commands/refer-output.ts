/** How `tongxing refer` shows referrals and balances, in Chinese and English. */
import type { Lang } from '../../core/i18n/lang.js';
import type { Reciprocity } from '../../core/referrals/reciprocity.js';
import { formatValue, referralAbout, type Referral } from '../../core/referrals/referrals.js';
import { REFERRAL_DIRECTIONS, REFERRAL_STATUSES } from '../../core/vocab.js';
import type { CliContext } from '../context.js';
import { dueText } from '../format.js';
import { label, pc, println, table } from '../output.js';

function money(r: { value: number | null; currency: string }): string {
  return r.value === null ? '' : formatValue(r.value, r.currency);
}

function statusText(r: Referral, lang: Lang): string {
  const s = label(REFERRAL_STATUSES, r.status, lang);
  if (r.status === 'won') return pc.green(`${s} ${r.closedOn ?? ''}`.trim());
  if (r.status === 'lost') return pc.dim(`${s} ${r.closedOn ?? ''}`.trim());
  return s;
}

function thanksText(r: Referral, zh: boolean): string {
  if (r.direction === 'out') return '';
  if (r.thanksSentOn) return pc.dim(`✓ ${r.thanksSentOn}`);
  return pc.yellow(zh ? '未感谢' : 'not yet');
}

/** The referrals table of `refer list`: status labels, values, follow-ups, thanks. */
export function referralTable(rows: Referral[], cli: CliContext, today: string): string {
  const zh = cli.lang === 'zh';
  return table(
    zh
      ? ['ID', '方向', '同行', '客户 · 项目', '估值', '状态', '下次跟进', '感谢']
      : ['ID', 'Direction', 'Peer', 'Client · project', 'Value', 'Status', 'Follow up', 'Thanks'],
    rows.map((r) => [
      r.id,
      label(REFERRAL_DIRECTIONS, r.direction, cli.lang),
      r.person.name,
      referralAbout(r.client, r.project),
      money(r),
      statusText(r, cli.lang),
      r.followUpOn ? `${r.followUpOn} ${dueText(r.followUpOn, today, cli.t)}` : '',
      thanksText(r, zh),
    ]),
  );
}

/** The handbook: thank whoever refers a client to you. */
export function thanksHint(r: Referral, zh: boolean): string {
  return zh
    ? `别忘了感谢 ${r.person.name}，道谢后记一笔：tongxing refer thanks ${r.id}`
    : `Remember to thank ${r.person.name}; then record it: tongxing refer thanks ${r.id}`;
}

/** A heading, then the referral on one line. */
export function printReferral(r: Referral, cli: CliContext, heading: string): void {
  const zh = cli.lang === 'zh';
  const parts = [referralAbout(r.client, r.project), money(r), statusText(r, cli.lang)];
  if (r.followUpOn) parts.push(zh ? `跟进 ${r.followUpOn}` : `follow up ${r.followUpOn}`);
  println(pc.green(heading));
  println(`  ${parts.filter(Boolean).join(' · ')}`);
}

/** "转介绍 2、引荐 1、帮忙 5" / "referrals 2, introductions 1, help 5". */
function countsText(c: { referrals: number; introductions?: number; help: number }, zh: boolean) {
  const items: [string, string, number | undefined][] = [
    ['转介绍', 'referrals', c.referrals],
    ['引荐', 'introductions', c.introductions],
    ['帮忙', 'help', c.help],
  ];
  return items
    .filter(([, , n]) => n !== undefined)
    .map(([z, e, n]) => `${zh ? z : e} ${n}`)
    .join(zh ? '、' : ', ');
}

const LEAN_WORDS = {
  giving: { zh: '你付出更多', en: 'you have given more' },
  balanced: { zh: '大致平衡', en: 'roughly even' },
  receiving: {
    zh: 'TA 付出更多，找机会回报 TA',
    en: 'they have given more; find a way to give back',
  },
};

const GIVE_FIRST = {
  zh: '先给予，再索取：给 TA 转一个合适的客户、帮个忙，或者引荐一位能帮上忙的同行。',
  en: 'Give before you ask: pass them a client who fits, lend a hand, or introduce someone who can help.',
};

/** One balance in words, with the won value and, when I owe them, the handbook's advice. */
export function printBalance(b: Reciprocity, cli: CliContext): void {
  const zh = cli.lang === 'zh';
  println(pc.bold(`${b.person.name}  ${pc.dim(`#${b.person.id}`)}`));
  println(
    zh
      ? `你给过 TA：${countsText(b.given, zh)}；TA 给过你：${countsText(b.received, zh)} —— ${LEAN_WORDS[b.lean].zh}`
      : `You gave them: ${countsText(b.given, zh)}; they gave you: ${countsText(b.received, zh)} — ${LEAN_WORDS[b.lean].en}`,
  );
  if (b.wonValue.given > 0 || b.wonValue.received > 0) {
    const [g, r] = [formatValue(b.wonValue.given, 'CNY'), formatValue(b.wonValue.received, 'CNY')];
    println(
      pc.dim(
        zh
          ? `成交金额（只计人民币）：你转给 TA ${g}，TA 转给你 ${r}`
          : `Won value (CNY only): you sent them ${g}, they sent you ${r}`,
      ),
    );
  }
  if (b.lean === 'receiving') println(pc.dim(GIVE_FIRST[cli.lang]));
}

/** The people I owe most, with the handbook's advice. */
export function printOwed(rows: Reciprocity[], cli: CliContext): void {
  const zh = cli.lang === 'zh';
  println(pc.bold(zh ? '你欠人情最多的同行：' : 'The people you owe most:'));
  println(
    table(
      zh ? ['ID', '名字', '你给过 TA', 'TA 给过你'] : ['ID', 'Name', 'You gave', 'They gave'],
      rows.map((b) => [
        b.person.id,
        b.person.name,
        `${b.givenTotal}  ${pc.dim(countsText(b.given, zh))}`,
        `${b.receivedTotal}  ${pc.dim(countsText(b.received, zh))}`,
      ]),
    ),
  );
  println(pc.dim(GIVE_FIRST[cli.lang]));
}
