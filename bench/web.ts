// Benchmark of the web page (dist/web/index.html): its size, and the time from choosing a plan file to
// the page showing states and findings, in headless Chromium from file://. Needs Debian's chromium.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import type { BenchRow } from './deadline';
import { syntheticRoadmap } from './fixtures';

export interface WebRow extends BenchRow {
  pageKb: number;
}

export async function benchWeb(sizes: number[]): Promise<WebRow[]> {
  const page = join(__dirname, '../dist/web/index.html');
  const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!executablePath || !existsSync(page)) return [];
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-web-bench-'));
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const rows: WebRow[] = [];
    for (const n of sizes) {
      const file = join(dir, `план-${n}.xlsx`);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Дорожная карта');
      for (const row of syntheticRoadmap(n)) ws.addRow(row);
      await wb.xlsx.writeFile(file);
      const tab = await browser.newPage();
      await tab.goto(pathToFileURL(page).href);
      await tab.fill('#day', '2023-10-02');
      const started = process.hrtime.bigint();
      await tab.setInputFiles('#file', file);
      await tab.waitForSelector('#result:not([hidden])', { timeout: 120000 });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      rows.push({ action: 'web page: open plan', activities: n, calls: 0, ms: Math.round(ms), pageKb: Math.round(statSync(page).size / 1024) });
      await tab.close();
    }
    return rows;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
