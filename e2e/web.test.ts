/**
 * The web app in real Chromium (Debian's, driven by playwright-core) against a real server on a
 * temporary database: the everyday flows, language switch, archive and undo, user text that looks
 * like HTML, accessibility (axe-core), and screenshots of every page at 390 and 1280 px in both
 * languages (written to e2e/.artifacts/screenshots — look at them).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { type Store } from '../src/db/store.js';
import { createPerson } from '../src/core/people/people.service.js';
import { logInteraction } from '../src/core/interactions/interactions.service.js';
import { AXE, openPage, SHOTS, startWebApp, type WebApp } from '../test/helpers/web-app.js';

let app: WebApp;
let store: Store;
let browser: Browser;

beforeAll(async () => {
  app = await startWebApp('tongxing-web-');
  ({ store, browser } = app);
}, 120_000);

afterAll(() => app?.close());

const open = (lang: 'en' | 'zh', width = 1280) => openPage(browser, lang, width);

const url = (p: string) => app.url(p);
const ctx = () => app.ctx();

describe('everyday flows', () => {
  it('adds a person, finds them by initials, logs an interaction and sees Today change', async () => {
    const { context, page, problems } = await open('en');
    await page.goto(url('/people/new'));
    await page.getByLabel('Name', { exact: true }).fill('郑晓彤');
    await page.getByLabel('We met today').check();
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => page.url()).toMatch(/\/people\/\d+$/);
    await page.getByRole('heading', { name: '郑晓彤' }).waitFor();

    await page.goto(url('/people'));
    await page.getByRole('searchbox', { name: 'Search' }).fill('zxt');
    await page.getByRole('link', { name: '郑晓彤' }).waitFor();

    await page.goto(url('/'));
    const followUps = page.getByRole('region', { name: '24-hour follow-ups' });
    await followUps.getByText('郑晓彤').waitFor();
    await page.getByRole('button', { name: 'Log interaction with 郑晓彤' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Log it' }).click();
    await expect
      .poll(async () =>
        page.getByRole('region', { name: '24-hour follow-ups' }).getByText('郑晓彤').count(),
      )
      .toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches language and remembers it', async () => {
    const { context, page, problems } = await open('en');
    await page.goto(url('/'));
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'People' })
      .waitFor();
    // The switch names the other language in that language.
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('navigation').getByRole('link', { name: '同行们' }).waitFor();
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: '同行们' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('archives a person and undoes it', async () => {
    const p = await createPerson(ctx(), { name: '归档测试', tier: 'important' });
    const { context, page, problems } = await open('en');
    await page.goto(url(`/people/${p.id}`));
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(
        async () =>
          (
            await store.db
              .selectFrom('people')
              .select('archived_at')
              .where('id', '=', p.id)
              .executeTakeFirstOrThrow()
          ).archived_at,
      )
      .toBeNull();
    await page.getByRole('button', { name: 'Archive' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows user text that looks like HTML as text, and runs nothing', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const p = await createPerson(ctx(), {
      name: evil,
      note: evil,
      tier: 'core',
      metOn: '2026-11-01',
      tags: [evil],
    });
    await logInteraction(ctx(), { people: [p.id], kind: 'share', channel: 'wechat', note: evil });
    // A namesake just met, so that the name is on Today too (among the 24-hour follow-ups).
    await createPerson(ctx(), { name: evil, metOn: new Date().toISOString().slice(0, 10) });
    for (const where of ['/', `/people/${p.id}`, `/people?search=${encodeURIComponent('img')}`]) {
      const { context, page, problems } = await open('en');
      await page.goto(url(where));
      await page.getByText(evil).first().waitFor();
      expect(await page.locator('img[src="x"]').count(), where).toBe(0);
      expect(problems, where).toEqual([]);
      await context.close();
    }
  });
});

const PAGES = ['today', 'people', 'person', 'new', 'settings'] as const;

describe('every page, both languages, phone and desktop', () => {
  let personId = 0;
  beforeAll(async () => {
    const a = await createPerson(ctx(), {
      name: '林小雨',
      tier: 'core',
      disciplines: ['插画', '绘本'],
      offers: ['绘本插画'],
      needs: ['找动效设计师'],
      city: '杭州',
      handles: ['小红书:xiaoyu'],
      metOn: '2026-10-02',
      birthday: '--12-01',
      note: '在站酷沙龙认识，聊了很久绘本出版。',
    });
    await createPerson(ctx(), {
      name: 'Emily Chen',
      tier: 'important',
      city: 'Shanghai',
      disciplines: ['photography'],
    });
    await logInteraction(ctx(), {
      people: [a.id],
      kind: 'deep-talk',
      channel: 'coffee',
      date: '2026-10-20',
      note: '聊了接单定价',
    });
    personId = a.id;
  });

  const path_ = (p: (typeof PAGES)[number]) =>
    ({
      today: '/',
      people: '/people',
      person: `/people/${personId}`,
      new: '/people/new',
      settings: '/settings',
    })[p];

  for (const lang of ['zh', 'en'] as const) {
    it(`has no serious or critical accessibility violation (${lang})`, async () => {
      const { context, page, problems } = await open(lang);
      for (const p of PAGES) {
        await page.goto(url(path_(p)));
        await page.waitForLoadState('networkidle');
        // Injected through the DevTools protocol, which the page's CSP does not govern.
        await page.evaluate(AXE);
        // Browser-side code as text: this file is type-checked for Node, without the DOM library.
        const violations = await page.evaluate<string[]>(`axe.run().then((r) => r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id + ' (' + v.nodes.length + ')'))`);
        expect(violations, `${p} ${lang}`).toEqual([]);
      }
      expect(problems).toEqual([]);
      await context.close();
    });

    for (const width of [390, 1280]) {
      it(`renders every page at ${width} px (${lang}) and writes screenshots`, async () => {
        const { context, page, problems } = await open(lang, width);
        for (const p of PAGES) {
          await page.goto(url(path_(p)));
          await page.waitForLoadState('networkidle');
          // Nothing may stick out sideways on a phone.
          const overflow = await page.evaluate<number>(
            'document.documentElement.scrollWidth - window.innerWidth',
          );
          expect(overflow, `${p} ${lang} ${width}`).toBeLessThanOrEqual(1);
          await page.screenshot({
            path: path.join(SHOTS, `${p}-${lang}-${width}.png`),
            fullPage: true,
          });
        }
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
