/// <reference lib="dom" />
// The web page with the keyboard alone, as a person who cannot use a mouse does the whole job: Tab to
// «Выбрать файл…» and press Enter (the browser's file dialog), change the day, Tab to a checkpoint's
// «Отметить» and mark it in the dialog, then save the table with Enter. Every control Tab reaches shows a
// visible focus ring, and every control has a Russian accessible name (Chromium's accessibility tree).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ExcelJS from 'exceljs';
import type { Browser, FileChooser, Page } from 'playwright-core';
import { CHECKPOINT_HEADERS, SHEETS, WEB } from '../../src/core';
import { launchChromium } from './harness';

const root = join(__dirname, '../..');
const PAGE = pathToFileURL(join(root, 'dist/web/index.html')).href;
const dir = mkdtempSync(join(tmpdir(), 'roadmap-web-keys-'));

jest.setTimeout(120000);

let browser: Browser;
let page: Page;

/** What has the focus: its accessible description for failure messages, and whether a ring is drawn. */
const focused = (): Promise<{ id: string; text: string; ring: boolean }> => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return { id: 'body', text: '', ring: false };
  const s = getComputedStyle(el);
  // (Chromium's date field: Tab also reaches the calendar button inside it, and then the field is :focus-within.)
  const ring = (el.matches(':focus-visible') || el.matches('input[type=date]:focus-within')) && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  return { id: el.id || el.tagName.toLowerCase(), text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60), ring };
});

/**
 * Presses Tab (or Shift+Tab) until the focus is on an element matching `selector`; every element passed on
 * the way must show its focus ring. Fails when the element is not reached within `max` presses.
 */
async function tabTo(selector: string, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused();
    expect({ ...f, ring: f.ring || `no visible focus on ${f.id} «${f.text}»` }).toMatchObject({ ring: true });
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

beforeAll(async () => {
  // The sample plan as a file, made by the offline command (as a school would get one).
  const r = spawnSync(process.execPath, [join(root, 'bin/roadmap-tracker.js'), '--new', join(dir, 'plan.xlsx'), '--today', '2023-06-20'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  browser = await launchChromium();
});

beforeEach(async () => {
  await page?.context().close();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  // Playwright starts catching file dialogs only once something listens, and turning that on races a key
  // pressed at once: listen from the start.
  page.on('filechooser', () => undefined);
  await page.goto(PAGE);
});

afterAll(async () => {
  await browser?.close();
});

describe('the web page with the keyboard alone', () => {
  it('names every control in Russian', async () => {
    await page.click('#sample'); // the result's controls exist only after a plan is open
    await page.waitForSelector('#result:not([hidden])');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
    const controls = nodes.filter((n) => !n.ignored && ['button', 'textbox', 'combobox', 'link', 'region', 'dialog', 'spinbutton', 'Date'].includes(n.role?.value ?? ''));
    expect(controls.length).toBeGreaterThan(20);
    const nameless = controls.filter((n) => !/[а-яё]/i.test(n.name?.value ?? '') && !/^\S+@\S+\.eml$/.test(n.name?.value ?? ''));
    expect(nameless.map((n) => `${n.role?.value} «${n.name?.value ?? ''}»`)).toEqual([]);
    // Each «Отметить» says which checkpoint it marks.
    const marks = controls.filter((n) => n.role?.value === 'button' && (n.name?.value ?? '').startsWith(WEB.mark));
    expect(marks).toHaveLength(32);
    expect(new Set(marks.map((n) => n.name?.value)).size).toBe(marks.length);
  });

  it('opens a file, changes the day, marks a checkpoint and saves, without the mouse', async () => {
    // The file: Tab to «Выбрать файл…», Enter opens the browser's file dialog.
    await tabTo('#pick');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(WEB.pickButton);
    const [chooser] = await Promise.all([new Promise<FileChooser>((resolve) => page.once('filechooser', resolve)), page.keyboard.press('Enter')]);
    await chooser.setFiles(join(dir, 'plan.xlsx'));
    await page.waitForSelector('#result:not([hidden])');
    // The day: Tab to the date field and type it (дд.мм.гггг, as Russian Chromium shows it).
    await tabTo('#day');
    await page.keyboard.type('20062023');
    await page.waitForFunction(() => /Просрочено: 9/.test(document.getElementById('counts')?.textContent ?? ''));
    // A checkpoint: Tab to the first overdue one's «Отметить», Enter opens the dialog on its status.
    await tabTo('#checkpoints button');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(label).toMatch(/^Отметить 1\.1 /);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#mark[open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mark-status');
    // The status by arrow keys (Playwright types Cyrillic as inserted text, which a select ignores).
    for (let i = 0; i < 6 && (await page.inputValue('#mark-status')) !== 'Выполнено'; i++) await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#mark-status')).toBe('Выполнено');
    await tabTo('#mark-done');
    await page.keyboard.type('15062023');
    await tabTo('#mark-evidence'); // (past the date field's calendar button)
    await page.keyboard.type('Протокол педсовета № 5');
    expect([await page.inputValue('#mark-done'), await page.inputValue('#mark-evidence')]).toEqual(['2023-06-15', 'Протокол педсовета № 5']);
    await page.keyboard.press('Enter'); // submits the form
    await page.waitForSelector('#mark:not([open])', { state: 'attached' });
    expect(await page.locator('#counts').innerText()).toContain('Выполнено: 1 из 32');
    // The focus comes back to the same checkpoint's button, so the person goes on from where they were.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    expect((await focused()).ring).toBe(true);
    // Save: back up to «Таблицу (.xlsx)», Enter.
    await tabTo('#save-xlsx', { back: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const saved = join(dir, 'saved.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.getWorksheet(SHEETS.checkpoints)!;
    const head = (ws.getRow(1).values as unknown[]).map(String);
    const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(head.indexOf(CHECKPOINT_HEADERS.status)).value === 'Выполнено')!;
    expect(row.getCell(head.indexOf(CHECKPOINT_HEADERS.evidence)).value).toBe('Протокол педсовета № 5');
    const done = row.getCell(head.indexOf(CHECKPOINT_HEADERS.done)).value as Date;
    expect(done.toISOString().slice(0, 10)).toBe('2023-06-15');
    // Escape closes the dialog without a change and gives the focus back.
    await tabTo('#checkpoints button');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#mark[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#mark:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(next);
    expect(await page.locator('#counts').innerText()).toContain('Выполнено: 1 из 32');
  });
});
