// Checks every HtmlService page of the add-on (pages.ts) the same way: it loads without a script error,
// fetches nothing from outside, fits its width, shows no programmer's text, and its links open outside
// the sandboxed frame. A page added to PAGES is checked here with no further code.
import type { Browser } from 'playwright-core';
import { launchChromium, openDialog } from './harness';
import { PAGES } from './pages';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

it.each(PAGES.map((p) => [p.name, p] as const))('«%s» loads clean, fits, and its links leave the frame', async (_name, entry) => {
  const { w, dialog } = entry.open();
  const page = await openDialog(browser, dialog, w.app);
  try {
    expect(page.errors).toEqual([]);
    expect(page.blocked).toEqual([]);
    const o = await page.overflow();
    expect(o.offenders).toEqual([]);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.width);
    expect(await page.text()).not.toMatch(/undefined|NaN|\[object Object\]|null/);
    for (const l of await page.links()) {
      // In-page links (#) are handled by the page's script; real ones must open in a new tab or the top window.
      if (l.href !== '#') expect(['_blank', '_top']).toContain(l.target);
    }
  } finally {
    await page.close();
  }
});
