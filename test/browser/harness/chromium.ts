// Headless Chromium for the browser tests: Debian's `chromium` (no browser download is possible here),
// driven by playwright-core. A missing browser fails the tests loudly: it never skips them.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where a browser may be; CHROMIUM_PATH wins. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/usr/bin/google-chrome'];

const INSTALL_HINT =
  'The browser tests need Debian\'s Chromium with its Russian locale: `apt-get install -y chromium chromium-l10n` ' +
  '(.ci/run does this), or set CHROMIUM_PATH.';

export function chromiumPath(): string {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`CHROMIUM_PATH=${wanted} does not exist. ${INSTALL_HINT}`);
    return wanted;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found (looked in ${CANDIDATES.join(', ')}). ${INSTALL_HINT}`);
  return found;
}

/** Flags that work on this machine; the profile is fresh each launch (Playwright makes a temporary one). */
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--lang=ru-RU',
];

/**
 * Launches Chromium as a Russian user's browser: the UI locale decides how <input type=date> shows and
 * reads dates (дд.мм.гггг), and Chromium on Linux takes it from LANG/LANGUAGE plus its ru.pak.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: FLAGS,
    env: { ...process.env, LANG: 'ru_RU.UTF-8', LANGUAGE: 'ru', TZ: 'Europe/Moscow' },
  });
  try {
    await requireRussianDates(browser);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return browser;
}

/** The date field must show дд.мм.гггг, or every typing test would type into the wrong part. */
async function requireRussianDates(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  await page.setContent('<input type="date" id="d" value="2023-11-15">');
  await page.focus('#d');
  await page.keyboard.type('03');
  const value = await page.evaluate('document.getElementById("d").value');
  await page.close();
  if (value !== '2023-11-03') {
    throw new Error(`Chromium's date field is not in Russian order (typing 03 into the day gave ${String(value)}): ` +
      `its Russian locale (chromium-l10n, /usr/lib/chromium/locales/ru.pak) is missing. ${INSTALL_HINT}`);
  }
}
