/**
 * The Settings page's calendar subscription and export sections in real Chromium against a real
 * server: copy the link, regenerate it (the old one stops working), download every export, and
 * screenshots at 390 and 1280 px in both languages (e2e/.artifacts/screenshots — look at them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createPerson } from '../src/core/people/people.service.js';
import { localDate } from '../src/core/time/dates.js';
import { AXE, openPage, SHOTS, startWebApp, type WebApp } from '../test/helpers/web-app.js';

let app: WebApp;
let browser: Browser;

beforeAll(async () => {
  app = await startWebApp('tongxing-settings-', async (ctx) => {
    await createPerson(ctx, { name: '林小雨', tier: 'core', birthday: '--02-29' });
    await createPerson(ctx, { name: 'Emily Chen', tier: 'important', birthday: '1990-05-20' });
  });
  ({ browser } = app);
}, 120_000);

afterAll(() => app?.close());

const url = (p: string) => app.url(p);

const TEXT = {
  en: {
    calendar: 'Calendar subscription',
    link: 'Subscription link',
    copy: 'Copy',
    copied: 'Link copied',
    regenerate: 'Regenerate',
    regenerated: 'New link ready; the old one no longer works',
    export: 'Export',
    vcard: 'vCard (.vcf)',
  },
  zh: {
    calendar: '日历订阅',
    link: '订阅链接',
    copy: '复制',
    copied: '链接已复制',
    regenerate: '重新生成',
    regenerated: '已生成新链接，旧链接已失效',
    export: '导出',
    vcard: 'vCard（.vcf）',
  },
} as const;

async function open(lang: 'en' | 'zh', width = 1280) {
  const opened = await openPage(browser, lang, width, { context: { acceptDownloads: true } });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('') });
  await opened.page.goto(url('/settings'));
  return opened;
}

describe('calendar subscription', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`shows the link, copies it, and regenerates it (${lang})`, async () => {
      const t = TEXT[lang];
      const { context, page, problems } = await open(lang);
      const section = page.getByRole('region', { name: t.calendar });
      const input = section.getByRole('textbox', { name: t.link });
      await expect.poll(() => input.inputValue()).toMatch(/\/calendar\.ics\?token=[\w-]{32}$/);
      const before = await input.inputValue();
      expect(before.startsWith(url('/calendar.ics?token='))).toBe(true);
      expect(await input.getAttribute('readonly')).not.toBeNull();
      expect((await fetch(before)).status).toBe(200);

      await section.getByRole('button', { name: t.copy, exact: true }).click();
      await page.getByText(t.copied).waitFor();
      expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(before);

      await section.getByRole('button', { name: t.regenerate }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      // Cancel first: nothing changes.
      await dialog.getByRole('button', { name: lang === 'en' ? 'Cancel' : '取消' }).click();
      expect(await input.inputValue()).toBe(before);
      await section.getByRole('button', { name: t.regenerate }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: t.regenerate }).click();
      await page.getByText(t.regenerated).waitFor();
      await expect.poll(() => input.inputValue()).not.toBe(before);
      const after = await input.inputValue();
      expect((await fetch(before)).status).toBe(404);
      const feed = await fetch(after);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('林小雨');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('export downloads', () => {
  it('downloads vCard, CSV, JSON and .ics named tongxing-DATE.ext', async () => {
    const { context, page, problems } = await open('en');
    const section = page.getByRole('region', { name: TEXT.en.export });
    const today = localDate(new Date(), 'Asia/Shanghai');
    for (const [label, ext, start] of [
      ['vCard (.vcf)', 'vcf', 'BEGIN:VCARD'],
      ['Spreadsheet (.csv)', 'csv', '\uFEFFID,Name'],
      ['Full backup (.json)', 'json', '{'],
      ['Calendar (.ics)', 'ics', 'BEGIN:VCALENDAR'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        section.getByRole('link', { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`tongxing-${today}.${ext}`);
      const file = await download.path();
      const text = fs.readFileSync(file, 'utf8');
      expect(text.startsWith(start), label).toBe(true);
      expect(text).toContain('林小雨');
    }
    // The page's language goes along: Chinese CSV headers from the Chinese page.
    const zh = await open('zh');
    const href = await zh.page
      .getByRole('region', { name: TEXT.zh.export })
      .getByRole('link', { name: '表格（.csv）' })
      .getAttribute('href');
    expect(href).toBe('/api/v1/export?format=csv&lang=zh');
    await zh.context.close();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('look', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`fits ${width} px (${lang}), passes axe, and writes screenshots`, async () => {
        const t = TEXT[lang];
        const { context, page, problems } = await open(lang, width);
        const section = page.getByRole('region', { name: t.calendar });
        await expect
          .poll(() => section.getByRole('textbox', { name: t.link }).inputValue())
          .toMatch(/token=/);
        await page.getByRole('region', { name: t.export }).getByText(t.vcard).waitFor();
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - window.innerWidth',
        );
        expect(overflow).toBeLessThanOrEqual(1);
        await page.evaluate(AXE);
        const violations = await page.evaluate<string[]>(`axe.run().then((r) => r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id + ' (' + v.nodes.length + ')'))`);
        expect(violations).toEqual([]);
        await section.scrollIntoViewIfNeeded();
        await page.screenshot({
          path: path.join(SHOTS, `settings-calendar-${lang}-${width}.png`),
          fullPage: true,
        });
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
