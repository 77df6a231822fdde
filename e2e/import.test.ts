/**
 * The Import page in real Chromium against a real server on a temporary database: a CSV with
 * Chinese headers goes through preview and import (one new person, one merged by phone), a
 * malformed CSV shows the server's message naming the line and imports nothing, an unsupported
 * file is refused before anything is sent, and the page is drawn at 390 and 1280 px in both
 * languages (screenshots in e2e/.artifacts/screenshots — look at them).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createPerson } from '../src/core/people/people.service.js';
import { AXE, openPage, SHOTS, startWebApp, type WebApp } from '../test/helpers/web-app.js';

let app: WebApp;
let browser: Browser;

beforeAll(async () => {
  app = await startWebApp('tongxing-import-');
  ({ browser } = app);
}, 120_000);

afterAll(() => app?.close());

// A refused request logs a console error in Chromium; those are the point of some tests.
const open = (lang: 'en' | 'zh', width = 1280) =>
  openPage(browser, lang, width, { ignoreConsole: /status of 4\d\d/ });

const url = (p: string) => app.url(p);
const ctx = () => app.ctx();
const csv = (rows: string[]) => Buffer.from(rows.join('\r\n') + '\r\n', 'utf8');

interface Summary {
  id: number;
  name: string;
  company: string | null;
}

async function peopleNamed(name: string): Promise<Summary[]> {
  const res = await fetch(url(`/api/v1/people?search=${encodeURIComponent(name)}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as Summary[]).filter((p) => p.name === name);
}

async function peopleCount(): Promise<number> {
  const res = await fetch(url('/api/v1/people?limit=1000&archived=include'));
  return ((await res.json()) as unknown[]).length;
}

const count = (page: Page, which: 'created' | 'merged' | 'skipped') =>
  page.locator(`.import-count-${which} dd`).innerText();

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

describe('importing a CSV', () => {
  it('previews 1 new and 1 merged, imports them, and links to them', async () => {
    const existing = await createPerson(ctx(), {
      name: '王芳',
      handles: ['phone:13800138000'],
    });
    const { context, page, problems } = await open('zh');
    await page.goto(url('/import'));
    await page.getByRole('heading', { name: '导入联系人' }).waitFor();
    // The nav entry leads here.
    expect(
      await page.getByRole('navigation').getByRole('link', { name: '导入' }).getAttribute('href'),
    ).toBe('/import');

    await page.locator('input[type=file]').setInputFiles({
      name: '名片.csv',
      mimeType: 'text/csv',
      buffer: csv(['姓名,手机,公司', '张伟,13900001111,青柚设计', '王芳,138 0013 8000,光年工作室']),
    });
    await page.getByText('名片.csv').first().waitFor();
    await page.getByRole('button', { name: '预览' }).click();

    await page.getByRole('heading', { name: '导入预览' }).waitFor();
    expect(await count(page, 'created')).toBe('1');
    expect(await count(page, 'merged')).toBe('1');
    expect(await count(page, 'skipped')).toBe('0');
    // Still a dry run: nothing written yet.
    expect(await peopleNamed('张伟')).toEqual([]);
    await page.getByRole('tab', { name: /合并/ }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByText('手机号相同').waitFor();
    await panel.getByRole('link', { name: '王芳' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'import-flow-plan-zh-1280.png');

    await page.getByRole('button', { name: '导入 2 人' }).click();
    await page.getByRole('heading', { name: '导入完成' }).waitFor();
    expect(await count(page, 'created')).toBe('1');
    expect(await count(page, 'merged')).toBe('1');
    await page.getByRole('link', { name: '去同行们查看' }).waitFor();
    await shot(page, 'import-flow-result-zh-1280.png');

    const zw = await peopleNamed('张伟');
    expect(zw).toHaveLength(1);
    expect(zw[0]!.company).toBe('青柚设计');
    const wf = await peopleNamed('王芳');
    expect(wf).toEqual([expect.objectContaining({ id: existing.id, company: '光年工作室' })]);

    // The merged person's name leads to their page, which shows the merged value.
    await page.locator('.result-list').getByRole('link', { name: '王芳' }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`/people/${existing.id}$`));
    await page.getByText('光年工作室').first().waitFor();

    // Import more files starts over.
    await page.goto(url('/import'));
    await page.getByRole('button', { name: '选择文件' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the line of a malformed file and imports nothing', async () => {
    const before = await peopleCount();
    for (const lang of ['zh', 'en'] as const) {
      const { context, page, problems } = await open(lang);
      await page.goto(url('/import'));
      await page.locator('input[type=file]').setInputFiles({
        name: 'broken.csv',
        mimeType: 'text/csv',
        buffer: csv(['姓名,手机', '"赵六,13700000000', '孙七,13600000000']),
      });
      await page.getByRole('button', { name: lang === 'zh' ? '预览' : 'Preview' }).click();
      const alert = page.locator('.import-error');
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain('broken.csv');
      expect(text).toContain(lang === 'zh' ? '第 2 行' : 'line 2');
      await page.screenshot({ path: path.join(SHOTS, `import-error-${lang}-1280.png`) });
      // "Choose other files" clears the list and goes back to the drop zone.
      await alert
        .getByRole('button', { name: lang === 'zh' ? '选择其他文件' : 'Choose other files' })
        .click();
      expect(await page.getByText('broken.csv').count()).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    }
    expect(await peopleCount()).toBe(before);
    expect(await peopleNamed('赵六')).toEqual([]);
  });

  it('refuses a file it cannot read before sending anything', async () => {
    const { context, page, problems } = await open('en');
    let posted = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST') posted++;
    });
    await page.goto(url('/import'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    await page.getByText("photo.png: Tongxing can't read this kind of file").waitFor();
    expect(await page.getByRole('button', { name: 'Preview' }).isDisabled()).toBe(true);

    // Dropped files go through the same check: the CSV is kept, the Word file is refused.
    await page.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['姓名\\n张三\\n'], 'dropped.csv', { type: 'text/csv' }));
      dt.items.add(new File(['x'], 'notes.docx', { type: 'application/msword' }));
      const zone = document.querySelector('.drop-zone');
      zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
    await page.getByText('notes.docx: Tongxing can').waitFor();
    await page.locator('.file-list').getByText('dropped.csv').waitFor();
    expect(await page.getByRole('button', { name: 'Preview' }).isDisabled()).toBe(false);
    expect(posted).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains that a JSON backup needs an empty database', async () => {
    const backup = await fetch(url('/api/v1/export?format=json'));
    expect(backup.status).toBe(200);
    const { context, page, problems } = await open('en');
    await page.goto(url('/import'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'tongxing-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(await backup.arrayBuffer()),
    });
    await page.getByRole('button', { name: 'Preview' }).click();
    const alert = page.locator('.import-error');
    await alert.getByText('only be imported into an empty database').waitFor();
    await alert.getByText('tongxing serve --db').waitFor();
    await shot(page, 'import-error-backup-en-1280.png');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the Import page, both languages, phone and desktop', () => {
  // Distinct people, a column nobody knows, a bad birthday and a record without a name: every
  // part of the plan has something to show. Only dry runs here, so the database stays as it is.
  const SAMPLE = csv([
    '姓名,英文名,手机,邮箱,公司,职位,城市,生日,备注,客户等级',
    '林小雨,Xiaoyu Lin,13511112222,xiaoyu@example.com,小雨插画工作室,插画师,杭州,1992-13-40,站酷沙龙认识,A',
    '陈一鸣,,13622223333,,光年动效,动效设计师,上海,,,B',
    '周若兰,Ruolan Zhou,,rl@studio.cn,,策展人,北京,--03-08,,A',
    ',,13733334444,,,,,,,C',
    '王芳,,13800138000,,光年工作室,,,,,B',
  ]);

  for (const lang of ['zh', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`draws the steps at ${width} px (${lang}) and writes screenshots`, async () => {
        const { context, page, problems } = await open(lang, width);
        await page.goto(url('/import'));
        await page.waitForLoadState('networkidle');
        await noSidewaysScroll(page, `empty ${lang} ${width}`);
        if (width === 1280) expect(await seriousViolations(page)).toEqual([]);
        await shot(page, `import-${lang}-${width}.png`);

        await page.locator('input[type=file]').setInputFiles({
          name: '名片全能王导出-2026年11月.csv',
          mimeType: 'text/csv',
          buffer: SAMPLE,
        });
        await page.locator('details.import-options summary').click();
        await page.getByRole('button', { name: lang === 'zh' ? '预览' : 'Preview' }).waitFor();
        await noSidewaysScroll(page, `files ${lang} ${width}`);
        await shot(page, `import-files-${lang}-${width}.png`);

        await page.getByRole('button', { name: lang === 'zh' ? '预览' : 'Preview' }).click();
        await page.locator('.import-plan').waitFor();
        // The unknown column can be given a field, and the preview follows.
        const column = page.getByLabel(lang === 'zh' ? '“客户等级”列' : 'Column “客户等级”');
        await column.selectOption('tags');
        await page
          .getByRole('button', {
            name: lang === 'zh' ? '按新的对应关系重新预览' : 'Preview again with these columns',
          })
          .click();
        await page.getByText('客户等级 →').waitFor();
        await noSidewaysScroll(page, `plan ${lang} ${width}`);
        if (width === 1280) expect(await seriousViolations(page)).toEqual([]);
        await shot(page, `import-plan-${lang}-${width}.png`);
        await page
          .getByRole('tab', { name: lang === 'zh' ? /不会保留的值/ : /Values not kept/ })
          .click();
        await shot(page, `import-plan-errors-${lang}-${width}.png`);
        await page.getByRole('tab', { name: lang === 'zh' ? /合并/ : /Merged/ }).click();
        await shot(page, `import-plan-merge-${lang}-${width}.png`);
        await page.emulateMedia({ colorScheme: 'dark' });
        // Buttons fade between colours: let the switch settle before the picture.
        await page.waitForTimeout(300);
        await shot(page, `import-plan-merge-dark-${lang}-${width}.png`);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('the result on a phone', () => {
  it('imports at 390 px, light and dark, and writes screenshots', async () => {
    const { context, page, problems } = await open('zh', 390);
    await page.goto(url('/import'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: csv([
        'Name,Phone,Company,Title',
        'Emily Chen,+49 151 2345 6789,Studio North,Producer',
        '黄可,13912345678,可可视觉,摄影师',
      ]),
    });
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByRole('button', { name: '导入 2 人' }).click();
    await page.getByRole('heading', { name: '导入完成' }).waitFor();
    await noSidewaysScroll(page, 'result zh 390');
    await shot(page, 'import-result-zh-390.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    // Buttons fade between colours: let the switch settle before the picture.
    await page.waitForTimeout(300);
    await shot(page, 'import-result-dark-zh-390.png');
    expect(await peopleNamed('黄可')).toHaveLength(1);
    // Import more files: back to an empty step one.
    await page.getByRole('button', { name: '继续导入其他文件' }).click();
    await page.getByRole('button', { name: '选择文件' }).waitFor();
    expect(await page.getByText('contacts.csv').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
