// A plain page (an email's HTML, an offline web page) in the same browser: no sandbox, no google.script,
// nothing fetched from outside. Email HTML is not sandboxed by Apps Script either
// (https://developers.google.com/apps-script/guides/html/restrictions).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Overflow, PageLink } from './html-service';

const IN_PAGE = readFileSync(path.join(__dirname, 'in-page.js'), 'utf8');
const ORIGIN = 'https://page.harness.test';

export class PlainPage {
  readonly blocked: string[] = [];
  readonly errors: string[] = [];
  html = '';
  constructor(readonly context: BrowserContext, readonly page: Page) {}

  /** Shows other HTML at another width in the same tab (a new tab per letter costs seconds). */
  async load(html: string, width: number, height = 800): Promise<void> {
    this.html = html;
    this.blocked.length = 0;
    this.errors.length = 0;
    await this.page.setViewportSize({ width, height });
    await this.page.goto(`${ORIGIN}/`);
  }

  overflow(): Promise<Overflow> {
    return this.page.evaluate('window.__look.overflow()') as Promise<Overflow>;
  }
  links(): Promise<PageLink[]> {
    return this.page.evaluate('window.__look.links()') as Promise<PageLink[]>;
  }
  text(selector = 'body'): Promise<string> {
    return this.page.locator(selector).first().innerText();
  }
  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Opens `html` at a viewport `width` px wide (a phone is 390, a desktop mail client 1200). */
export async function openPage(browser: Browser, html: string, width: number, height = 800): Promise<PlainPage> {
  const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Europe/Moscow', viewport: { width, height } });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const self = new PlainPage(context, page);
  await context.addInitScript({ content: `(${IN_PAGE.trim()})(null);` });
  page.on('pageerror', (e) => self.errors.push(e.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: self.html });
    self.blocked.push(url);
    return route.abort();
  });
  await self.load(html, width, height);
  return self;
}
