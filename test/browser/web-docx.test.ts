/// <reference lib="dom" />
// A plan typed in Word (.docx) dropped on the web page or picked, in headless Chromium: it becomes the
// workbook, with the same counts as `roadmap-tracker import` followed by the command on the imported .xlsx,
// and the page's saved .xlsx holds the same plan cells as the command's import. Bad documents get the
// command's own Russian messages, word for word.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SHEETS } from '../../src/core';
import { seedDocument } from '../fixtures/documents/seed-document';
import { docxOf } from '../fixtures/documents/seed-docx';
import { chromiumPath } from './harness';

const root = join(__dirname, '../..');
const PAGE = pathToFileURL(join(root, 'dist/web/index.html')).href;
const CLI = join(root, 'bin/roadmap-tracker.js');
const dir = mkdtempSync(join(tmpdir(), 'roadmap-web-docx-'));

jest.setTimeout(120000);

let browser: Browser;
let page: Page;

const command = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
const text = (sel: string): Promise<string> => page.locator(sel).innerText();

async function cells(file: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

/** Drops a file on the page's drop zone as a person drags it from their folder. */
async function drop(name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(({ name, data }) => {
    const t = new DataTransfer();
    t.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name));
    return t;
  }, { name, data: bytes.toString('base64') });
  await page.dispatchEvent('#drop', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
}

beforeAll(async () => {
  // (LANG=C.UTF-8: a missing ru_RU locale makes Chromium drop a picked file with a Cyrillic name.)
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--lang=ru-RU'], env: { ...process.env, TZ: 'Europe/Moscow', LANG: 'C.UTF-8' } });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  await page.goto(PAGE);
  await page.fill('#day', '2023-06-20');
});

afterAll(async () => {
  await browser?.close();
});

describe('a plan typed in Word, on the web page', () => {
  it('dropped: becomes the workbook, with the counts the command gives after `import`', async () => {
    const docx = await docxOf(seedDocument());
    writeFileSync(join(dir, 'plan.docx'), docx);
    await drop('план.docx', docx);
    await page.waitForFunction(() => /План из «план\.docx»/.test(document.getElementById('message')?.textContent ?? ''));
    expect(await text('#message')).toContain('разделов 4, мероприятий 14');
    expect(await text('#unsaved')).toContain('несохранённые');
    expect(command(['import', 'plan.docx', '--today', '2023-06-20']).status).toBe(0);
    const r = command(['plan.xlsx', '--today', '2023-06-20']);
    expect(r.status).toBe(0);
    const counts = await text('#counts');
    expect(counts).toContain('Просрочено: 9');
    for (const line of counts.split('\n').filter(Boolean)) expect(r.stdout).toContain(line.trim());
  });

  it('saved: «план (обновлено).xlsx» holds the plan cells of the command\'s import', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-xlsx')]);
    expect(download.suggestedFilename()).toBe('план (обновлено).xlsx');
    const saved = join(dir, 'from-page.xlsx');
    await download.saveAs(saved);
    expect(await cells(saved, SHEETS.roadmap)).toEqual(await cells(join(dir, 'plan (обновлено).xlsx'), SHEETS.roadmap));
    expect(await cells(saved, SHEETS.settings)).toEqual(await cells(join(dir, 'plan (обновлено).xlsx'), SHEETS.settings));
  });

  it('bad documents: the command\'s Russian message, word for word', async () => {
    const xlsx = readFileSync(join(dir, 'plan.xlsx'));
    const noTable = await docxOf({ blocks: [{ kind: 'paragraph', text: 'План мероприятий' }] });
    const cases: [string, Buffer][] = [
      ['empty.docx', Buffer.alloc(0)],
      ['old.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])],
      ['table.docx', xlsx],
      ['text.docx', Buffer.from('просто текст')],
      ['cut.docx', noTable.subarray(0, noTable.length - 30)],
      ['no-table.docx', noTable],
    ];
    for (const [name, bytes] of cases) {
      writeFileSync(join(dir, name), bytes);
      const r = command(['import', name]);
      expect(r.status).toBe(1);
      const said = r.stderr.trim().split(join(dir, name)).join(name);
      await page.setInputFiles('#file', join(dir, name));
      await page.waitForFunction((n) => (document.getElementById('message')?.textContent ?? '').includes(n) || /таблиц/.test(document.getElementById('message')?.textContent ?? ''), name);
      await page.waitForSelector('#message.error');
      expect({ name, message: await text('#message') }).toEqual({ name, message: said });
      expect(said).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/); // no English library message
    }
  });
});
