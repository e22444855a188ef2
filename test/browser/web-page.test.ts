/// <reference lib="dom" />
// The web page (dist/web/index.html) in headless Chromium, opened from file:// as a school would open it
// from a USB stick: no network request of any kind; the sample plan, findings and colours; two checkpoints
// marked on the page; the saved .xlsx read back by the page and by the offline command with the same counts
// and the same typed cells; a damaged file refused in Russian. Pictures of the page go to
// /work/notes/web-pictures/ when that folder exists (desktop 1366×768, tablet 820×1180).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';
import { syntheticRoadmap } from '../../bench/fixtures';
import { CHECKPOINT_HEADERS, COLOURS, PEOPLE_HEADERS, SETTINGS_LABELS, SHEETS } from '../../src/core';

const root = join(__dirname, '../..');
const PAGE = pathToFileURL(join(root, 'dist/web/index.html')).href;
const CLI = join(root, 'bin/roadmap-tracker.js');
const PICTURES = '/work/notes/web-pictures';
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

jest.setTimeout(120000);

let browser: Browser;
let page: Page;
const requests: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'roadmap-web-'));

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const text = (sel: string): Promise<string> => page.locator(sel).innerText();
const rowsColoured = (hex: string): Promise<number> =>
  page.$$eval('#checkpoints tr', (trs, c) => trs.filter((tr) => getComputedStyle(tr).backgroundColor === c).length, rgb(hex));

async function markRow(number: string, period: string, date: string, link: string): Promise<void> {
  const row = page.locator('#checkpoints tr', { hasText: period }).filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${number.replace('.', '\\.')}$`) }) });
  await row.getByRole('button').click();
  await page.selectOption('#mark-status', 'Выполнено');
  await page.fill('#mark-done', date);
  await page.fill('#mark-evidence', link);
  await page.keyboard.press('Tab');
  if (existsSync(PICTURES) && number === '2.1') await page.screenshot({ path: join(PICTURES, 'desktop-1366-mark.png') });
  await page.click('#mark-form button[type=submit]');
}

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('No Chromium: `apt-get install -y chromium` (.ci/run does this), or set CHROMIUM_PATH.');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--lang=ru-RU'], env: { ...process.env, TZ: 'Europe/Moscow', LANG: 'C.UTF-8', LANGUAGE: 'ru' } });
  // (LANG=ru_RU.UTF-8 without that locale installed makes Chromium drop a chosen file with a Cyrillic name.)
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url()); });
  await page.goto(PAGE);
});

afterAll(async () => {
  await browser?.close();
});

describe('the web page', () => {
  it('forbids every connection and says so', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(await text('.privacy')).toContain('файл никуда не отправляется');
  });

  it('shows the sample plan on a day: counts, findings, red and yellow rows, like the offline command', async () => {
    await page.fill('#day', '2023-06-20');
    await page.click('#sample');
    await page.waitForSelector('#result:not([hidden])');
    expect(await text('#counts')).toContain('Просрочено: 9');
    expect(await text('#findings')).toContain('Срочно (9)');
    expect(await rowsColoured(COLOURS.overdue)).toBe(9);
    expect(await rowsColoured(COLOURS.soon)).toBe(3);
    if (existsSync(PICTURES)) await page.screenshot({ path: join(PICTURES, 'desktop-1366.png') });
  });

  it('marks two checkpoints on the page', async () => {
    await markRow('2.1', 'декабрь 2022', '2022-12-27', 'https://school.example/2.1');
    await markRow('1.2', 'I квартал 2023', '2023-04-14', 'https://school.example/1.2');
    expect(await text('#counts')).toContain('Выполнено: 2 из 32');
    expect(await rowsColoured(COLOURS.done)).toBe(2);
    expect(await text('#unsaved')).toContain('несохранённые');
    if (existsSync(PICTURES)) {
      await page.evaluate(() => document.querySelector('#filter')?.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(PICTURES, 'desktop-1366-table.png') });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    // At 1366 px the checkpoint table fits: status, date, evidence and comment in view without scrolling sideways.
    expect(await page.$eval('#checkpoints', (b) => { const box = b.closest('.table') as HTMLElement; return box.scrollWidth - box.clientWidth; })).toBeLessThanOrEqual(0);
  });

  it('saves the .xlsx; the page and the offline command read it back with the same counts and typed cells', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-xlsx')]);
    const saved = join(dir, 'план.xlsx');
    await download.saveAs(saved);
    const pageCounts = await text('#counts');
    // The page opens its own file again.
    await page.setInputFiles('#file', saved);
    await page.waitForFunction(() => document.getElementById('message')?.textContent?.includes('открыт'));
    expect(await text('#counts')).toBe(pageCounts);
    // The offline command on the same file and day.
    const r = spawnSync(process.execPath, [CLI, saved, '--today', '2023-06-20'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const line of pageCounts.split('\n').filter(Boolean)) expect(r.stdout).toContain(line.trim());
    const typed = async (file: string): Promise<string[]> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(SHEETS.checkpoints)!;
      const head = (ws.getRow(1).values as unknown[]).map(String);
      const cols = [CHECKPOINT_HEADERS.key, CHECKPOINT_HEADERS.status, CHECKPOINT_HEADERS.done, CHECKPOINT_HEADERS.evidence, CHECKPOINT_HEADERS.comment].map((h) => head.indexOf(h));
      const out: string[] = [];
      ws.eachRow((row, n) => { if (n > 1) out.push(JSON.stringify(cols.map((c) => row.getCell(c).value))); });
      return out;
    };
    const fromPage = await typed(saved);
    expect(fromPage.filter((l) => l.includes('Выполнено'))).toHaveLength(2);
    expect(await typed(join(dir, 'план (обновлено).xlsx'))).toEqual(fromPage);
  });

  it('saves the report as .docx and refuses a damaged file in Russian', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-report')]);
    const docx = join(dir, 'отчёт.docx');
    await download.saveAs(docx);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    writeFileSync(join(dir, 'пустой.xlsx'), '');
    await page.setInputFiles('#file', join(dir, 'пустой.xlsx'));
    await page.waitForSelector('#message.error');
    expect(await text('#message')).toContain('пустой (0 байт)');
    // The page's own way to start anew, not the command's option.
    expect(await text('#message')).not.toContain('--new');
    expect(await text('#message')).toContain('«Начать новую по образцу»');
  });

  it('offers this week\'s letters one by one and as one .zip holding the same files', async () => {
    // The file the page saved, with an address for everyone on «Ответственные».
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'план.xlsx'));
    const ws = wb.getWorksheet(SHEETS.people)!;
    const emails = (ws.getRow(1).values as unknown[]).indexOf(PEOPLE_HEADERS.emails);
    for (let r = 2; r <= ws.rowCount; r++) ws.getCell(r, emails).value = `person${r}@school.example`;
    // …and a coordinator in «Настройки», who gets the letter about everyone.
    const settings = wb.getWorksheet(SHEETS.settings)!;
    settings.eachRow((row) => { if (row.getCell(1).value === SETTINGS_LABELS.coordinators) row.getCell(2).value = 'zavuch@school.example'; });
    const file = join(dir, 'адреса.xlsx');
    await wb.xlsx.writeFile(file);
    await page.setInputFiles('#file', file);
    await page.waitForFunction(() => /адреса\.xlsx.*открыт/.test(document.getElementById('message')?.textContent ?? ''));
    const buttons = page.locator('#letters button');
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const single = new Map<string, string>();
    for (let i = 0; i < count; i++) {
      const [d] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
      single.set(d.suggestedFilename(), readFileSync(await d.path(), 'utf8'));
    }
    const [zipped] = await Promise.all([page.waitForEvent('download'), page.click('#save-letters-zip')]);
    expect(zipped.suggestedFilename()).toMatch(/^Письма — адреса — \d\d\.\d\d\.\d{4}\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync(await zipped.path()));
    expect(Object.keys(zip.files).sort()).toEqual([...single.keys()].sort());
    // The same letters; only the Date header and the part boundary (made from the time) differ between clicks.
    const undated = (eml: string): string => eml.replace(/^Date: .*$/m, '').replace(/_roadmap_\d+/g, '');
    for (const [name, eml] of single) expect(undated(await zip.file(name)!.async('string'))).toBe(undated(eml));
  });

  it('works at tablet width, and made no network request at all', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    if (existsSync(PICTURES)) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(PICTURES, 'tablet-820.png'), fullPage: false });
      await page.locator('#letters').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(PICTURES, 'tablet-820-letters.png'), fullPage: false });
    }
    expect(requests).toEqual([]);
  });

  it('shows a long plan 200 rows at a time, «Показать ещё» adding the next 200', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEETS.roadmap);
    for (const row of syntheticRoadmap(300)) ws.addRow(row);
    const file = join(dir, 'длинный план.xlsx');
    await wb.xlsx.writeFile(file);
    await page.setInputFiles('#file', file);
    await page.waitForFunction(() => /длинный план.*открыт/.test(document.getElementById('message')?.textContent ?? ''));
    expect(await page.locator('#checkpoints tr').count()).toBe(200);
    expect(await page.locator('#activities tr').count()).toBe(200);
    const all = Number((await text('#checkpoints-count')).match(/из (\d+)/)?.[1]);
    expect(all).toBeGreaterThan(400);
    expect(await text('#more-checkpoints')).toBe(`Показать ещё 200 (осталось ${all - 200})`);
    await page.click('#more-checkpoints');
    expect(await page.locator('#checkpoints tr').count()).toBe(400);
    await page.click('#more-activities');
    expect(await page.locator('#activities tr').count()).toBe(300);
    expect(await page.isHidden('#more-activities')).toBe(true);
    expect(await text('#activities-count')).toBe('строк: 300');
    // Findings: 50 of a large group at first, then all of it, the focus on the first one that was hidden.
    const group = page.locator('#findings h3').first();
    const total = Number((await group.innerText()).match(/\((\d+)\)$/)?.[1]);
    expect(total).toBeGreaterThan(50);
    const list = page.locator('#findings ul').first();
    expect(await list.locator('li').count()).toBe(50);
    await page.click(`#findings button.more >> text=Показать остальные (${total - 50})`);
    expect(await list.locator('li').count()).toBe(total);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('LI');
    // A filter starts from the first page again and says how many match.
    await page.selectOption('#filter', 'planned');
    expect(await page.locator('#checkpoints tr').count()).toBeLessThanOrEqual(200);
    expect(await text('#checkpoints-count')).toMatch(/^(показано 200 из \d+ подходящих|показано \d+ из \d+ подходящих) \(всего \d+\)$/);
    await page.selectOption('#filter', '');
  });
});
