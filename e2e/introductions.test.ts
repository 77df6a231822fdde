/**
 * The Introductions board, the Referrals page and the person page's give-and-take panel in real
 * Chromium against a real server on a temporary database: an introduction walked from idea to
 * outcome (double opt-in: the consent-missing path, the drafts dialog and its Copy), an explicit
 * skip, a delete; a referral with the server's field errors, won and thanked, its follow-up moved;
 * the panel on a person's page. Both languages, 390 and 1280 px, axe, and screenshots in
 * e2e/.artifacts/screenshots (look at them).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CreatePersonInput } from '../src/core/people/people.js';
import { createPerson } from '../src/core/people/people.service.js';
import {
  addIntroduction,
  advanceIntroduction,
  getIntroduction,
} from '../src/core/introductions/introductions.service.js';
import {
  addReferral,
  advanceReferral,
  getReferral,
} from '../src/core/referrals/referrals.service.js';
import type { Introduction } from '../src/core/introductions/introductions.js';
import type { Referral } from '../src/core/referrals/referrals.js';
import { AXE, openPage, SHOTS, startWebApp, type WebApp } from '../test/helpers/web-app.js';

let app: WebApp;
let browser: Browser;
const ids: Record<string, number> = {};

beforeAll(async () => {
  app = await startWebApp('tongxing-intro-', async (ctx) => {
    const people: [string, CreatePersonInput][] = [
      ['林小雨', { name: '林小雨', disciplines: ['插画'], needs: ['找动效设计师'], city: '杭州' }],
      ['陈动', { name: '陈动', disciplines: ['动效设计'], offers: ['动效设计'], city: '上海' }],
      ['王芳', { name: '王芳', company: '光年工作室' }],
      ['张伟', { name: '张伟', company: '青柚设计' }],
      ['周宁', { name: '周宁' }],
      ['孙悦', { name: '孙悦' }],
    ];
    for (const [name, input] of people) {
      ids[name] = (await createPerson(ctx, { ...input, tier: 'important' })).id;
    }
  });
  ({ browser } = app);
}, 120_000);

afterAll(() => app?.close());

// Refusals the tests provoke on purpose log a console error in Chromium.
const open = async (lang: 'en' | 'zh', width = 1280) => {
  const opened = await openPage(browser, lang, width, { ignoreConsole: /status of 4\d\d/ });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: app.url(''),
  });
  return opened;
};
const url = (p: string) => app.url(p);
const ctx = () => app.ctx();

/** A full-page picture from the top (a scrolled page would draw the sticky header mid-page). */
async function shot(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate<string[]>(`axe.run().then((r) => r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ' (' + v.nodes.length + ')'))`);
}

async function noSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - window.innerWidth',
  );
  expect(overflow, what).toBeLessThanOrEqual(1);
}

const column = (page: Page, stage: string) => page.locator(`[data-stage="${stage}"]`);

/** Picks someone in a person picker by typing part of the name. */
async function pick(page: Page, label: string, typed: string, name: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: label }).fill(typed);
  await dialog.getByRole('option', { name: new RegExp(name) }).click();
  await dialog.getByRole('group', { name: label }).getByText(name).waitFor();
}

describe('an introduction from idea to outcome', () => {
  it('starts one, asks both sides, needs both yeses, shows the drafts, and records the outcome', async () => {
    const { context, page, problems } = await open('en');
    await page.goto(url('/introductions'));
    await page.getByRole('heading', { name: 'No introductions yet' }).waitFor();
    // The empty board points to the Connect page's suggestions.
    expect(await page.getByRole('link', { name: 'See suggestions' }).getAttribute('href')).toBe(
      '/connect',
    );
    expect(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Introductions' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await shot(page, 'intro-empty-en-1280.png');

    // New introduction: both people are needed before anything is sent.
    await page.getByRole('button', { name: 'New introduction' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Add to the board' }).click();
    await dialog.getByText('Choose A.').waitFor();
    await dialog.getByText('Choose B.').waitFor();
    await pick(page, 'A — who needs it', 'lxy', '林小雨');
    await pick(page, 'B — who can help', '陈', '陈动');
    await dialog.getByLabel('Why they should meet').fill('林小雨在找动效设计师，陈动正好做动效');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'intro-new-dialog-en-1280.png');
    await dialog.getByRole('button', { name: 'Add to the board' }).click();
    // Toasts come and go (three at most, the oldest goes first): each step below waits on what
    // stays — the card, its column, a checkbox, the clipboard — so a slow machine cannot miss one.

    const card = page.getByRole('article', { name: /林小雨.*陈动/ });
    await column(page, 'idea').getByRole('article').waitFor();
    await card.getByText('林小雨在找动效设计师').waitFor();

    // idea → asked A → (A says yes) → asked B
    await card.getByRole('button', { name: 'I asked 林小雨' }).click();
    await column(page, 'asked-a').getByRole('article').waitFor();
    await card.getByRole('checkbox', { name: '林小雨 said yes' }).check();
    await expect
      .poll(() => card.getByRole('checkbox', { name: '林小雨 said yes' }).isChecked())
      .toBe(true);
    await card.getByRole('button', { name: 'I asked 陈动' }).click();
    await column(page, 'asked-b').getByRole('article').waitFor();

    // "Introduced them" without B's yes: the page asks for it; left unticked, the server says no.
    await card.getByRole('button', { name: 'Introduced them' }).click();
    const ask = page.getByRole('dialog', { name: 'Introduce 林小雨 and 陈动?' });
    await ask.getByRole('group', { name: 'Who has said yes?' }).waitFor();
    await shot(page, 'intro-consent-dialog-en-1280.png');
    await ask.getByRole('button', { name: 'Introduced them' }).click();
    const refusal = ask.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/陈动.*has not said yes yet/);
    await ask.getByRole('checkbox', { name: '陈动 said yes' }).check();
    await ask.getByRole('button', { name: 'Introduced them' }).click();
    await column(page, 'introduced').getByRole('article').waitFor();
    await card.getByText(/Check in by/).waitFor();
    await card.getByText('✓ 陈动 said yes').waitFor();

    // The drafts: three messages in either language, each copied with one click.
    await card.getByRole('button', { name: /^Drafts\s*: 林小雨 and 陈动$/ }).click();
    const drafts = page.getByRole('dialog', { name: 'Messages for 林小雨 and 陈动' });
    const askA = drafts.getByRole('textbox', { name: '1 · Ask 林小雨' });
    await expect.poll(() => askA.inputValue()).toMatch(/^Hi 林小雨/);
    await drafts.getByRole('textbox', { name: '2 · Ask 陈动' }).waitFor();
    await drafts.getByRole('textbox', { name: '3 · Introduce them' }).waitFor();
    await drafts.getByRole('button', { name: /^Copy\s*: 1 · Ask 林小雨$/ }).click();
    const copied = await askA.inputValue();
    await expect.poll(() => page.evaluate<string>('navigator.clipboard.readText()')).toBe(copied);
    await drafts.getByText('中文').click();
    await expect.poll(() => askA.inputValue()).toMatch(/^林小雨，你好/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'intro-drafts-en-1280.png') });
    await drafts.getByRole('button', { name: 'Close' }).first().click();

    // introduced → followed up → outcome
    await card.getByRole('button', { name: 'Followed up' }).click();
    await column(page, 'followed-up').getByRole('article').waitFor();
    await card.getByRole('button', { name: 'Record outcome' }).click();
    const outcome = page.getByRole('dialog', { name: 'How did 林小雨 ↔ 陈动 turn out?' });
    // Once they have met, a "no" is no longer an outcome (the server refuses it).
    await outcome.getByRole('radio', { name: 'Collaborated' }).waitFor();
    expect(await outcome.getByRole('radio', { name: 'Declined' }).count()).toBe(0);
    await outcome.getByRole('radio', { name: 'Collaborated' }).check();
    await outcome.getByRole('button', { name: 'Record outcome' }).click();
    const done = page.getByTestId('intro-done');
    await done.getByText('Done').click();
    await done.getByText('Collaborated').waitFor();
    expect(await column(page, 'followed-up').getByRole('article').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'intro-done-en-1280.png');

    const [saved] = (await (await fetch(url('/api/v1/introductions'))).json()) as Introduction[];
    expect(saved).toMatchObject({ stage: 'outcome', outcome: 'collaborated' });
    expect(saved?.consentA).not.toBeNull();
    expect(saved?.consentB).not.toBeNull();
    expect(saved?.history.map((h) => h.stage)).toEqual([
      'idea',
      'asked-a',
      'asked-b',
      'introduced',
      'followed-up',
      'outcome',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000); // a long walk through the whole board: room for a busy machine

  it('moves ahead only with an explicit skip, and deletes after asking (zh, 390 px)', async () => {
    const intro = await addIntroduction(ctx(), {
      a: ids['王芳']!,
      b: ids['张伟']!,
      reason: '王芳要做品牌升级',
    });
    const { context, page, problems } = await open('zh', 390);
    await page.goto(url('/introductions'));
    const card = page.getByRole('article', { name: /王芳.*张伟/ });
    await card.getByRole('button', { name: /^移到…\s*：王芳和张伟$/ }).click();
    const move = page.getByRole('dialog', { name: '移动 王芳 ↔ 张伟' });
    await move.getByRole('radio', { name: '已介绍' }).check();
    await move.getByText('这会跳过 2 步：已问A、已问B。').waitFor();
    await move.getByRole('checkbox', { name: '王芳已同意' }).check();
    await move.getByRole('checkbox', { name: '张伟已同意' }).check();
    // Without ticking "skip" the server refuses and says what would be skipped.
    await move.getByRole('button', { name: '移动' }).click();
    expect(await move.getByRole('alert').innerText()).toMatch(/跳过/);
    await move.getByRole('checkbox', { name: '确认跳过' }).check();
    await shot(page, 'intro-move-dialog-zh-390.png');
    await move.getByRole('button', { name: '移动' }).click();
    await column(page, 'introduced').getByRole('article', { name: /王芳/ }).waitFor();
    const moved = await getIntroduction(ctx().db, intro.id);
    expect(moved.stage).toBe('introduced');
    expect(moved.history.at(-1)?.skipped).toEqual(['asked-a', 'asked-b']);
    await noSidewaysScroll(page, 'board zh 390');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'intro-board-zh-390.png');

    // Delete asks first; cancelling keeps it.
    await card.getByRole('button', { name: '删除：王芳和张伟' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('button', { name: '取消' }).click();
    await card.waitFor();
    await card.getByRole('button', { name: '删除：王芳和张伟' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '删除引荐' }).click();
    await page.getByText('已删除王芳和张伟的引荐').waitFor();
    await expect.poll(() => card.count()).toBe(0);
    await expect(getIntroduction(ctx().db, intro.id)).rejects.toThrow();
    expect(problems).toEqual([]);
    await context.close();
  });
  it('records a refusal straight from the idea without a skip warning', async () => {
    const intro = await addIntroduction(ctx(), { a: ids['林小雨']!, b: ids['张伟']! });
    const { context, page, problems } = await open('en');
    await page.goto(url('/introductions'));
    const card = page.getByRole('article', { name: /林小雨.*张伟/ });
    await card.getByRole('button', { name: /^Move…\s*: 林小雨 and 张伟$/ }).click();
    const move = page.getByRole('dialog', { name: 'Move 林小雨 ↔ 张伟' });
    await move.getByRole('radio', { name: 'Outcome' }).check();
    // Before an outcome is chosen, reaching 'outcome' from 'idea' would skip four stages.
    await move.getByText(/^This skips 4 stages/).waitFor();
    await move.getByRole('radio', { name: 'Declined' }).check();
    // Declining ends the asking: nothing is skipped and nobody's yes is needed (planMove).
    await expect.poll(() => move.getByText(/^This skips/).count()).toBe(0);
    expect(await move.getByRole('group', { name: 'Who has said yes?' }).count()).toBe(0);
    await move.getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByText('林小雨 ↔ 张伟: Declined').waitFor();
    const saved = await getIntroduction(ctx().db, intro.id);
    expect(saved).toMatchObject({ stage: 'outcome', outcome: 'declined' });
    expect(saved.history.at(-1)?.skipped).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('referrals', () => {
  it('shows the server’s field errors, then records a referral, wins it and sends thanks', async () => {
    const { context, page, problems } = await open('en');
    await page.goto(url('/referrals'));
    await page.getByRole('heading', { name: 'No referrals yet' }).waitFor();
    await page.getByRole('button', { name: 'New referral' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New referral' });
    await dialog.getByText('A peer sent me a client').click();
    await dialog.getByLabel('Value (optional)').fill('lots');
    await dialog.getByRole('button', { name: 'Save referral' }).click();
    // Field by field, next to each field.
    await dialog.getByText('Choose the peer.').waitFor();
    const client = dialog.getByRole('textbox', { name: 'Client' });
    expect(await client.getAttribute('aria-invalid')).toBe('true');
    expect(
      await dialog.getByRole('textbox', { name: 'Value (optional)' }).getAttribute('aria-invalid'),
    ).toBe('true');
    await shot(page, 'referral-errors-en-1280.png');

    await pick(page, 'Peer who sent it', '张', '张伟');
    await client.fill('光明出版社');
    await dialog.getByLabel('Project (optional)').fill('绘本插画');
    await dialog.getByLabel('Value (optional)').fill('1.2万');
    await dialog.getByRole('button', { name: 'Save referral' }).click();
    await page.getByText('Noted: 张伟 sent you 光明出版社').waitFor();

    const row = page.getByTestId('referral-row').filter({ hasText: '光明出版社' });
    await row.getByText('¥12,000').waitFor();
    const totals = page.getByTestId('referral-totals');
    await expect.poll(() => totals.innerText()).toMatch(/Open\s*1/);
    await row.getByRole('button', { name: /^In talks\s*: 光明出版社 · 绘本插画$/ }).click();
    await row.getByText('In talks', { exact: true }).waitFor();
    await row.getByRole('button', { name: /^Won\s*: 光明出版社 · 绘本插画$/ }).click();
    await page.getByText('光明出版社 · 绘本插画 won — remember to thank 张伟').waitFor();
    // Won, but thanks are owed: it stays among the referrals to follow up until they are sent.
    await row.getByText('Won', { exact: true }).waitFor();
    await expect.poll(() => totals.innerText()).toMatch(/Open\s*0/);
    await row.getByRole('button', { name: /^Thanks sent\s*: 光明出版社 · 绘本插画$/ }).click();
    await page.getByText('Noted: you thanked 张伟').waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByText('Closed', { exact: true }).click();
    await row.getByText(/Thanked/).waitFor();
    await expect.poll(() => totals.innerText()).toMatch(/Won from peers\s*¥12,000/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'referral-won-en-1280.png');

    const res = await fetch(url(`/api/v1/referrals?person=${ids['张伟']}`));
    const [saved] = (await res.json()) as Referral[];
    expect(saved).toMatchObject({ status: 'won', value: 12000, currency: 'CNY', direction: 'in' });
    expect(saved?.thanksSentOn).not.toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves a follow-up date and deletes after asking (zh, 390 px)', async () => {
    const r = await addReferral(ctx(), {
      direction: 'out',
      person: ids['王芳']!,
      client: '青柚咖啡',
      project: '品牌升级',
      value: 8000,
      referredOn: '2026-01-05',
      followUpOn: '2026-01-19',
    });
    const { context, page, problems } = await open('zh', 390);
    await page.goto(url('/referrals'));
    const row = page.getByTestId('referral-row').filter({ hasText: '青柚咖啡' });
    // The date has passed: the row says so.
    const date = row.getByLabel('跟进已逾期');
    await date.fill('2026-12-30');
    await date.press('Enter');
    await page.getByText(/跟进日期改为/).waitFor();
    await expect
      .poll(async () => (await getReferral(ctx().db, r.id)).followUpOn)
      .toBe('2026-12-30');
    await noSidewaysScroll(page, 'referrals zh 390');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'referral-list-zh-390.png');

    await row.getByRole('button', { name: /^删除\s*：青柚咖啡 · 品牌升级$/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '删除转介绍' }).click();
    await page.getByText('已删除转介绍「青柚咖啡 · 品牌升级」').waitFor();
    await expect(getReferral(ctx().db, r.id)).rejects.toThrow();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the person page', () => {
  beforeAll(async () => {
    // 孙悦 sent me two clients and I have given nothing back: I owe them one.
    for (const client of ['远山书店', '白鹭文创']) {
      const r = await addReferral(ctx(), {
        direction: 'in',
        person: ids['孙悦']!,
        client,
        value: 5000,
      });
      await advanceReferral(ctx(), r.id, { to: 'won' });
    }
    const i = await addIntroduction(ctx(), {
      a: ids['孙悦']!,
      b: ids['周宁']!,
      reason: '都想做播客',
    });
    await advanceIntroduction(ctx(), i.id, {});
  });

  it('shows give and take, open introductions and referrals, with links to the boards', async () => {
    const { context, page, problems } = await open('en');
    await page.goto(url(`/people/${ids['孙悦']}`));
    const panel = page.getByRole('region', { name: 'Give and take' });
    await panel.getByText('You owe 孙悦 one — give before you ask.').waitFor();
    await panel.getByText('2 referrals').waitFor();
    await panel.getByText('周宁').waitFor();
    await panel.getByText('白鹭文创').waitFor();
    expect(
      await panel
        .getByRole('link', { name: 'See on the Introductions board' })
        .getAttribute('href'),
    ).toBe(`/introductions?person=${ids['孙悦']}`);
    await panel.getByRole('link', { name: 'See on the Introductions board' }).click();
    await page.getByText('Only introductions with 孙悦').waitFor();
    await column(page, 'asked-a')
      .getByRole('article', { name: /孙悦.*周宁/ })
      .waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('starts an introduction from the panel with the person as A', async () => {
    const { context, page, problems } = await open('zh');
    await page.goto(url(`/people/${ids['周宁']}`));
    const panel = page.getByRole('region', { name: '往来' });
    await panel.getByText('还没有往来', { exact: false }).waitFor();
    await panel.getByRole('button', { name: '介绍给别人…' }).click();
    const dialog = page.getByRole('dialog', { name: '新建引荐' });
    await dialog.getByRole('group', { name: 'A — 有需要的人' }).getByText('周宁').waitFor();
    // By keyboard this time: type, arrow to the match, Enter.
    const b = dialog.getByRole('combobox', { name: 'B — 能帮忙的人' });
    await b.fill('wf');
    await dialog.getByRole('option', { name: /王芳/ }).waitFor();
    await b.press('ArrowDown');
    await b.press('ArrowUp');
    await b.press('Enter');
    await dialog.getByRole('group', { name: 'B — 能帮忙的人' }).getByText('王芳').waitFor();
    await dialog.getByRole('button', { name: '加到看板' }).click();
    await page.getByText('已把周宁和王芳加到看板（想法）').waitFor();
    await panel.getByText('进行中的引荐').waitFor();
    await panel.getByRole('link', { name: '王芳' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** What shows once each page has its data. */
const READY = { introductions: 'intro-board', referrals: 'referral-totals', person: 'lean' };

describe('every page, both languages, phone and desktop', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`${lang} at ${width} px`, async () => {
        const { context, page, problems } = await open(lang, width);
        for (const [name, where] of [
          ['introductions', '/introductions'],
          ['referrals', '/referrals?show=all'],
          ['person', `/people/${ids['孙悦']}`],
        ] as const) {
          await page.goto(url(where));
          await page.getByTestId(READY[name]).first().waitFor();
          await noSidewaysScroll(page, `${name} ${lang} ${width}`);
          expect(await seriousViolations(page), `${name} ${lang} ${width}`).toEqual([]);
          await shot(page, `connector-${name}-${lang}-${width}.png`);
        }
        // The tab bar keeps every place in reach on a phone, the full name on a wide screen.
        const nav = page.getByRole('navigation', { name: lang === 'zh' ? '主导航' : 'Main' });
        const label = lang === 'zh' ? '引荐' : width < 600 ? 'Intros' : 'Introductions';
        await nav.getByRole('link', { name: label, exact: true }).waitFor();
        await nav.getByRole('link', { name: lang === 'zh' ? '转介绍' : 'Referrals' }).waitFor();
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
