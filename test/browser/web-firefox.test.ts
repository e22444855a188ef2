/// <reference lib="dom" />
// The web page in Firefox (Debian's firefox-esr, headless), driven by puppeteer-core over WebDriver BiDi:
// Playwright drives only its own patched Firefox, which cannot be downloaded here. The core of the job:
// open the sample plan on a day, see the findings and colours, mark a checkpoint in the <dialog>, save
// the .xlsx and the report through Firefox's own downloads, and the offline command reads the saved file
// with the same counts. Skipped, saying so, where no Firefox is installed (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { COLOURS } from '../../src/core';

const root = join(__dirname, '../..');
const PAGE = pathToFileURL(join(root, 'dist/web/index.html')).href;
const CLI = join(root, 'bin/roadmap-tracker.js');
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const downloads = mkdtempSync(join(tmpdir(), 'roadmap-web-firefox-'));
const MIME = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'message/rfc822', 'application/zip'];

const SKIPPED = 'SKIPPED: no Firefox here (apt-get install -y firefox-esr, which .ci/run does; or set FIREFOX_PATH)';
if (!FIREFOX) process.stderr.write(`\nweb-firefox.test.ts: ${SKIPPED}\n`);

jest.setTimeout(120000);

let browser: Browser;
let page: Page;
const requests: string[] = [];

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const text = (sel: string): Promise<string> => page.$eval(sel, (e) => (e as HTMLElement).innerText);
const rowsColoured = (hex: string): Promise<number> =>
  page.$$eval('#checkpoints tr', (trs, c) => trs.filter((tr) => getComputedStyle(tr).backgroundColor === c).length, rgb(hex));

/** The file Firefox saved under `name`, once it is complete. */
async function downloaded(name: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    if (readdirSync(downloads).includes(name) && !readdirSync(downloads).some((f) => f.endsWith('.part'))) return join(downloads, name);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox did not save «${name}» (in ${downloads}: ${readdirSync(downloads).join(', ')})`);
}

(FIREFOX ? describe : describe.skip)(FIREFOX ? 'the web page in Firefox' : `the web page in Firefox — ${SKIPPED}`, () => {
  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox', executablePath: FIREFOX, headless: true, env: { ...process.env, TZ: 'Europe/Moscow' },
      extraPrefsFirefox: {
        // Downloads go straight to a folder the test reads (a person gets Firefox's own save dialog).
        'browser.download.dir': downloads, 'browser.download.folderList': 2, 'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false, 'browser.helperApps.neverAsk.saveToDisk': MIME.join(','),
        'browser.download.alwaysOpenPanel': false,
      },
    });
    page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url()); });
    await page.goto(PAGE);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the sample plan on a day: counts, findings, red and yellow rows', async () => {
    expect(await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'))).toContain("connect-src 'none'");
    await page.$eval('#day', (d) => { (d as HTMLInputElement).value = '2023-06-20'; d.dispatchEvent(new Event('change')); });
    await page.click('#sample');
    await page.waitForSelector('#result:not([hidden])');
    expect(await text('#counts')).toContain('Просрочено: 9');
    expect(await text('#findings')).toContain('Срочно (9)');
    expect(await rowsColoured(COLOURS.overdue)).toBe(9);
    expect(await rowsColoured(COLOURS.soon)).toBe(3);
  });

  it('marks a checkpoint in the dialog', async () => {
    await page.click('#checkpoints button');
    await page.waitForSelector('#mark[open]');
    await page.select('#mark-status', 'Выполнено');
    await page.$eval('#mark-done', (d) => { (d as HTMLInputElement).value = '2023-06-15'; });
    await page.type('#mark-evidence', 'https://school.example/1.1');
    await page.click('#mark-form button[type=submit]');
    await page.waitForSelector('#mark:not([open])', { visible: false });
    expect(await text('#counts')).toContain('Выполнено: 1 из 32');
    expect(await rowsColoured(COLOURS.done)).toBe(1);
  });

  it('saves the .xlsx and the report; the offline command reads the saved file with the same counts', async () => {
    await page.click('#save-xlsx');
    const saved = await downloaded('Дорожная карта (обновлено).xlsx');
    await page.click('#save-report');
    expect(readFileSync(await downloaded('Отчёт — Дорожная карта.docx')).subarray(0, 2).toString()).toBe('PK');
    const r = spawnSync(process.execPath, [CLI, saved, '--today', '2023-06-20', '--out', mkdtempSync(join(tmpdir(), 'roadmap-web-firefox-out-'))], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const counts = await text('#counts');
    for (const line of counts.split('\n').filter(Boolean)) expect(r.stdout).toContain(line.trim());
    expect(requests).toEqual([]);
  });
});
