/**
 * The Connect page in real Chromium against a real server on a temporary database seeded with
 * people who need and offer things: "who can help" answered in Chinese and English, an
 * introduction started from a suggestion (the pair leaves the list; an existing one is refused
 * with the server's message), a gathering planned from a suggestion then held or cancelled, the
 * connector's follow-ups on Today, and the page at 390 and 1280 px in both languages (axe-clean;
 * screenshots in e2e/.artifacts/screenshots — look at them).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Ctx } from '../src/core/context.js';
import { makePerson } from '../test/helpers/factories.js';
import { AXE, openPage, SHOTS, startWebApp, type WebApp } from '../test/helpers/web-app.js';

let app: WebApp;
let browser: Browser;
const ids: Record<string, number> = {};

/** Hangzhou creatives whose needs meet others' offers, so that every section has something. */
async function seed(ctx: Ctx) {
  const people = [
    { name: '张伟', needs: ['找人做小程序开发'], city: '杭州', disciplines: ['品牌设计'] },
    { name: '李娜', offers: ['小程序开发'], city: '杭州', disciplines: ['前端开发'] },
    { name: '陈静', offers: ['产品摄影'], city: '杭州', tier: 'core' as const },
    { name: '王芳', needs: ['need product photography'], city: '杭州', disciplines: ['品牌设计'] },
    { name: '赵磊', offers: ['motion design (After Effects)'], city: '杭州' },
    { name: '林小雨', needs: ['需要一个会做动效的插画师'], city: '杭州', disciplines: ['插画'] },
    { name: '周杰', needs: ['找小程序开发外包'], offers: ['品牌设计'], city: '杭州' },
    { name: 'Emily Chen', offers: ['packaging design', '品牌设计'], city: '杭州' },
    { name: '罗琳', needs: ['找人剪辑短视频'], city: '上海', disciplines: ['插画'] },
    { name: '马超', offers: ['video editing'], city: '上海', disciplines: ['插画'] },
    { name: '何静', needs: ['找UI设计师'], city: '上海', disciplines: ['插画'] },
    { name: '郑浩', offers: ['UI设计'], city: '上海', disciplines: ['插画'] },
  ];
  for (const p of people) ids[p.name] = (await makePerson(ctx, p)).id;
}

beforeAll(async () => {
  app = await startWebApp('tongxing-connect-', seed);
  ({ browser } = app);
}, 120_000);

afterAll(() => app?.close());

// A refused request logs a console error in Chromium; some tests provoke one on purpose.
async function open(lang: 'en' | 'zh', width = 1280) {
  const opened = await openPage(browser, lang, width, { ignoreConsole: /status of 40[49]/ });
  // Well inside the test's own limit, so that a failure names the element it waited for.
  opened.page.setDefaultTimeout(10_000);
  return opened;
}
const url = (p: string) => app.url(p);

async function api<T>(method: string, p: string, body?: unknown): Promise<T> {
  const res = await fetch(url(`/api/v1${p}`), {
    method,
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${p}`).toBeLessThan(300);
  return (await res.json()) as T;
}

interface Pair {
  a: { id: number; name: string };
  b: { id: number; name: string };
}

async function noSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - window.innerWidth',
  );
  expect(overflow, what).toBeLessThanOrEqual(1);
}

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

describe('the page in both languages, phone and desktop', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`${lang} at ${width} px`, async () => {
        const { context, page, problems } = await open(lang, width);
        const q = lang === 'zh' ? '谁会做小程序开发' : 'who can shoot product photos in Hangzhou';
        await page.goto(url(`/connect?q=${encodeURIComponent(q)}`));
        await page.getByTestId('who-row').first().waitFor();
        await page.getByTestId('match-card').first().waitFor();
        await page.getByTestId('gathering-card').first().waitFor();
        const nav = page.getByRole('navigation');
        await nav.getByRole('link', { name: lang === 'zh' ? '牵线' : 'Connect' }).waitFor();
        await noSidewaysScroll(page, `${lang} ${width}`);
        expect(await seriousViolations(page)).toEqual([]);
        await shot(page, `connect-${lang}-${width}.png`);

        const plan = page.getByTestId('gathering-card').first().getByRole('button');
        await plan.click();
        await page.getByRole('dialog').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(SHOTS, `connect-plan-${lang}-${width}.png`) });
        await page.keyboard.press('Escape');
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('who can help', () => {
  it('answers a question in Chinese with the person who offers it, linked to their page', async () => {
    const { context, page, problems } = await open('zh');
    await page.goto(url('/'));
    await page.getByRole('navigation').getByRole('link', { name: '牵线' }).click();
    await page.getByRole('heading', { level: 1, name: '牵线' }).waitFor();

    const who = page.getByTestId('who');
    await who.getByRole('searchbox', { name: '你在找什么样的帮助' }).fill('谁会做小程序开发');
    await who.getByRole('button', { name: '找人' }).click();
    const row = who.getByTestId('who-row').filter({ hasText: '李娜' });
    await row.waitFor();
    expect(await row.getByRole('listitem').count()).toBeGreaterThan(0);
    // The question is kept in the address.
    expect(decodeURIComponent(page.url())).toContain('q=谁会做小程序开发');
    await row.getByRole('link', { name: '李娜' }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`/people/${ids['李娜']}$`));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says plainly when nobody offers it, and answers in English too', async () => {
    const { context, page, problems } = await open('en');
    await page.goto(url(`/connect?q=${encodeURIComponent('谁会修古董钟表')}`));
    await page.getByRole('heading', { name: 'Nobody in your network offers that yet' }).waitFor();
    await page.getByRole('link', { name: 'Go to People' }).first().waitFor();

    const box = page.getByRole('searchbox', { name: 'What help are you looking for' });
    expect(await box.inputValue()).toBe('谁会修古董钟表');
    await box.fill('who can shoot product photos in Hangzhou');
    await box.press('Enter');
    const row = page.getByTestId('who-row').filter({ hasText: '陈静' });
    await row.waitFor();
    // Reasons come in the UI language.
    expect(await row.innerText()).toMatch(/[a-z]{3,}/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('suggested introductions', () => {
  it('narrows the suggestions to one person', async () => {
    const { context, page, problems } = await open('zh');
    await page.goto(url('/connect'));
    await page.getByLabel('只看与某人相关的').fill('罗琳');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => decodeURIComponent(page.url())).toContain('for=罗琳');
    const cards = page.getByTestId('match-card');
    await cards.first().waitFor();
    for (const text of await cards.allInnerTexts()) expect(text).toContain('罗琳');
    expect(await cards.count()).toBeLessThan(
      await api<Pair[]>('GET', '/match').then((m) => m.length),
    );
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => page.url()).not.toContain('for=');

    // A name nobody has: the server's message, and the way back to every suggestion.
    await page.goto(url(`/connect?for=${encodeURIComponent('查无此人')}`));
    await page.getByRole('heading', { name: '找不到这个人' }).waitFor();
    expect(await page.getByTestId('matches').innerText()).toContain('查无此人');
    await page.getByTestId('matches').getByRole('button', { name: '看全部建议' }).click();
    await page.getByTestId('match-card').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('starts an introduction in one click; the pair leaves the list', async () => {
    const { context, page, problems } = await open('zh');
    await page.goto(url('/connect'));
    const matches = page.getByTestId('matches');
    const button = matches.getByRole('button', { name: '开始引荐：张伟 和 李娜' });
    await button.waitFor();
    const card = matches
      .getByTestId('match-card')
      .filter({ has: page.getByRole('button', { name: '开始引荐：张伟 和 李娜' }) });
    expect(await card.getByRole('listitem').count()).toBeGreaterThan(0);

    await button.click();
    await page.getByText('已开始引荐 张伟 ↔ 李娜').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'connect-intro-started-zh-1280.png') });
    await expect.poll(() => button.count()).toBe(0);
    // Focus moves on to the next suggestion rather than falling off the page.
    expect(await page.evaluate('document.activeElement.textContent')).toBe('开始引荐');
    const intros = await api<Pair[]>('GET', '/introductions');
    expect(intros.map((i) => [i.a.name, i.b.name])).toContainEqual(['张伟', '李娜']);
    // Asked again, the server leaves the pair out too.
    await page.reload();
    await matches.getByTestId('match-card').first().waitFor();
    expect(await button.count()).toBe(0);

    // The toast leads to the board.
    await matches
      .getByTestId('match-card')
      .first()
      .getByRole('button', { name: /^开始引荐/ })
      .click();
    await page.getByRole('button', { name: '查看引荐看板' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/introductions');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes a pair who already know each other out of the list, with an undo', async () => {
    const { context, page, problems } = await open('en');
    await page.goto(url('/connect'));
    const matches = page.getByTestId('matches');
    const card = matches.getByTestId('match-card').first();
    await card.waitFor();
    const know = card.getByRole('button', { name: /^They know each other: / });
    const label = (await know.getAttribute('aria-label')) ?? '';
    const [, a, b] = /^They know each other: (.+) and (.+)$/.exec(label) ?? [];
    const before = await matches.getByTestId('match-card').count();
    await know.click();
    await page.getByText(`Noted: ${a} and ${b} know each other`).waitFor();
    const sameButton = matches.getByRole('button', { name: label });
    await expect.poll(() => sameButton.count()).toBe(0);
    expect(await api<Pair[]>('GET', '/match?limit=50')).not.toContainEqual(
      expect.objectContaining({
        a: expect.objectContaining({ name: a }) as unknown,
        b: expect.objectContaining({ name: b }) as unknown,
      }),
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await sameButton.waitFor();
    expect(await matches.getByTestId('match-card').count()).toBe(before);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers no undo when the pair was known already (the undo would forget that)', async () => {
    const { context, page, problems } = await open('en');
    await page.goto(url('/connect'));
    const matches = page.getByTestId('matches');
    const card = matches.getByTestId('match-card').first();
    await card.waitFor();
    const know = card.getByRole('button', { name: /^They know each other: / });
    const label = (await know.getAttribute('aria-label')) ?? '';
    const [, a, b] = /^They know each other: (.+) and (.+)$/.exec(label) ?? [];
    // Recorded elsewhere meanwhile (the CLI, a shared meal): the page still suggests the pair.
    expect(await api<{ added: boolean }>('POST', '/knows', { a, b })).toMatchObject({
      added: true,
    });
    await know.click();
    await page.getByText(`Noted: ${a} and ${b} know each other`).waitFor();
    await expect.poll(() => matches.getByRole('button', { name: label }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    const known = (m: Pair) =>
      (m.a.name === a && m.b.name === b) || (m.a.name === b && m.b.name === a);
    expect((await api<Pair[]>('GET', '/match?limit=50')).filter(known)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the server's message when that introduction already exists", async () => {
    const { context, page, problems } = await open('en');
    await page.goto(url('/connect'));
    const card = page.getByTestId('match-card').first();
    await card.waitFor();
    const startIt = card.getByRole('button', { name: /^Start introduction/ });
    const pair = await startIt.getAttribute('aria-label');
    const [, a, b] = /: (.+) and (.+)$/.exec(pair ?? '') ?? [];
    // Someone else (the CLI, another tab) starts it meanwhile.
    await api('POST', '/introductions', { a, b });
    await startIt.click();
    const alert = card.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(a);
    await alert.getByRole('link', { name: 'Open introductions' }).waitFor();
    expect(await startIt.isDisabled()).toBe(true);
    await card.screenshot({ path: path.join(SHOTS, 'connect-intro-exists-en-1280.png') });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('small gatherings', () => {
  it('plans a suggested gathering, then marks one held and cancels another', async () => {
    const { context, page, problems } = await open('zh');
    await page.goto(url('/connect'));
    const section = page.getByTestId('gathering-suggestions');
    await section.getByText('3 人', { exact: true }).click();
    const card = section.getByTestId('gathering-card').first();
    await card.waitFor();
    expect(await card.getByRole('link').count()).toBe(3);
    expect(await card.getByRole('listitem').count()).toBeGreaterThan(0);

    await card.getByRole('button', { name: /^安排这次小聚/ }).click();
    const dialog = page.getByRole('dialog', { name: '安排小聚' });
    const title = dialog.getByLabel('标题');
    expect(await title.inputValue()).toMatch(/^小聚：/);
    await title.fill('西湖边的周末小聚');
    await dialog.getByLabel('地点').fill('西湖边的咖啡馆');
    await dialog.getByRole('button', { name: '安排', exact: true }).click();
    await page.getByText('已安排小聚“西湖边的周末小聚”').waitFor();

    const planned = page.getByTestId('planned-gatherings');
    const row = planned.getByTestId('planned-row').filter({ hasText: '西湖边的周末小聚' });
    await row.getByText('西湖边的咖啡馆').waitFor();
    await planned.screenshot({ path: path.join(SHOTS, 'connect-planned-zh-1280.png') });
    const saved = await api<{ title: string; place: string; reasons: string[] }[]>(
      'GET',
      '/gatherings?status=planned',
    );
    expect(saved).toContainEqual(
      expect.objectContaining({ title: '西湖边的周末小聚', place: '西湖边的咖啡馆' }),
    );
    expect(saved[0]!.reasons.length).toBeGreaterThan(0);

    await row.getByRole('button', { name: '已举办：西湖边的周末小聚' }).click();
    await page.getByText('“西湖边的周末小聚”已记为举办').waitFor();
    await expect.poll(() => row.count()).toBe(0);

    // Another one, planned elsewhere (the CLI), cancelled here after asking.
    await api('POST', '/gatherings', { people: ['罗琳', '马超', '何静'], title: '改天再聚' });
    await page.reload();
    const other = planned.getByTestId('planned-row').filter({ hasText: '改天再聚' });
    await other.getByRole('button', { name: '取消小聚：改天再聚' }).click();
    const confirm = page.getByRole('alertdialog', { name: '取消“改天再聚”？' });
    await confirm.getByRole('button', { name: '取消这次小聚' }).click();
    await page.getByText('“改天再聚”已取消').waitFor();
    await expect.poll(() => other.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the connector's follow-ups on Today", () => {
  it('lists a referral to follow up and a gathering today, with the people and the way to each', async () => {
    const { date } = await api<{ date: string }>('GET', '/today');
    await api('POST', '/referrals', {
      direction: 'out',
      person: '郑浩',
      client: '青柚咖啡',
      project: '小程序改版',
      followUpOn: date,
    });
    await api('POST', '/gatherings', {
      people: ['何静', '郑浩', '马超'],
      title: '上海插画人午餐',
      on: date,
    });
    for (const [lang, width] of [
      ['zh', 1280],
      ['en', 390],
    ] as const) {
      const zh = lang === 'zh';
      const { context, page, problems } = await open(lang, width);
      await page.goto(url('/'));
      const section = page.getByRole('region', { name: zh ? '牵线跟进' : 'Connector follow-ups' });
      const gathering = section.getByTestId('connector-row').filter({ hasText: '上海插画人午餐' });
      await gathering.getByRole('link', { name: '何静', exact: true }).waitFor();
      const referral = section.getByTestId('connector-row').filter({ hasText: '青柚咖啡' });
      await referral.getByRole('link', { name: '郑浩', exact: true }).waitFor();
      await referral.getByText(zh ? '转介绍跟进' : 'Referral follow-up').waitFor();
      const toReferrals = referral.getByRole('link', {
        name: zh ? '打开转介绍：郑浩' : 'Open the referral: 郑浩',
      });
      expect(await toReferrals.getAttribute('href')).toBe('/referrals');
      await noSidewaysScroll(page, `today ${lang} ${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      await section.screenshot({ path: path.join(SHOTS, `connect-today-${lang}-${width}.png`) });

      // The gathering's row leads to the Connect page, where it can be marked held.
      await gathering
        .getByRole('link', { name: zh ? /^打开小聚：/ : /^Open the gathering:/ })
        .click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/connect');
      await page.getByTestId('planned-row').filter({ hasText: '上海插画人午餐' }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
