/// <reference lib="dom" />
// Benchmark of the web page (dist/web/index.html) in headless Chromium from file:// (needs Debian's chromium):
// its size; the time to load the page itself; and the time from the browser handing the page the chosen plan
// file (its `change` event) to the first frame drawn after the states and findings are shown.
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
      const tab = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
      const loadStarted = process.hrtime.bigint();
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
      const loadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
      const pageKb = Math.round(statSync(page).size / 1024);
      if (n === sizes[0]) rows.push({ action: 'web page: load page', calls: 0, ms: Math.round(loadMs), pageKb });
      await tab.fill('#day', '2023-10-02');
      await tab.evaluate(() => {
        document.getElementById('file')?.addEventListener('change', () => { (window as unknown as { picked: number }).picked = performance.now(); }, { capture: true });
      });
      const open = async (plan: string): Promise<number> => {
        await tab.setInputFiles('#file', plan);
        await tab.waitForFunction((name) => (document.getElementById('message')?.textContent ?? '').includes(`«${name}» открыт`), plan.replace(/^.*\//, ''), { timeout: 120000 });
        // The next frame after the result is in the page: what the person sees.
        return tab.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() =>
          resolve(performance.now() - (window as unknown as { picked: number }).picked), 0))));
      };
      rows.push({ action: 'web page: open plan', activities: n, calls: 0, ms: Math.round(await open(file)), pageKb });
      // The usual day: the file the page saved (its «Контрольные точки» sheet already there) opened again.
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#save-xlsx')]);
      const saved = join(dir, `план-${n} (обновлено).xlsx`);
      await download.saveAs(saved);
      rows.push({ action: 'web page: open saved plan', activities: n, calls: 0, ms: Math.round(await open(saved)), pageKb });
      await tab.close();
    }
    return rows;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
