// The weekly letters as people open them: each htmlBody the bundle sent on Monday, in Chromium at a
// phone's width (390 px) and a desktop mail client's (1200 px). Nothing may stick out, and every link
// must be absolute (a letter has no page to be relative to).
import type { Browser } from 'playwright-core';
import type { SentMail } from '../../emulator/mail';
import { school } from '../e2e/digest-fixture';
import { launchChromium, openPage, type PlainPage } from './harness';

const LONG_WORD = 'профессиональногосамоопределенияобучающихсяинаставничестваврамкахпроекта';
const LONG_NAME = 'Руководительметодическогообъединенияпедагоговнаставников';

/**
 * The Monday run of the digest fixture, one activity renamed with a long unbroken word and given a
 * responsible with a long one (the coordinator's table lists it; nobody has its email).
 */
function mondayLetters(): SentMail[] {
  const w = school();
  const roadmap = w.emu.peek('Дорожная карта').displayValues;
  const row = roadmap.findIndex((r) => r[1] === 'Курсы повышения квалификации') + 1;
  w.emu.poke('Дорожная карта', `B${row}`, [[`Курсы ${LONG_WORD}`]]);
  w.emu.poke('Дорожная карта', `D${row}`, [[`Смирнов С.С.; ${LONG_NAME}`]]);
  w.run('setupStructure');
  w.run('enableWeeklyDigest');
  w.emu.triggers.fireDue(w.app, '2025-11-24T09:00');
  return w.emu.mail.sent.filter((m) => m.htmlBody);
}

let browser: Browser;
let page: PlainPage;
const letters = mondayLetters();
beforeAll(async () => {
  browser = await launchChromium();
  page = await openPage(browser, '', 390);
});
afterAll(async () => { await browser?.close(); });

it('the Monday run sent letters with HTML to test, the long word among them', () => {
  expect(letters.length).toBeGreaterThanOrEqual(5);
  expect(letters.some((m) => m.htmlBody!.includes(LONG_WORD))).toBe(true);
  expect(letters.some((m) => m.htmlBody!.includes(LONG_NAME))).toBe(true);
});

describe.each([390, 1200])('at %i px', (width) => {
  it.each(letters.map((m) => [m.to[0], m] as const))('%s: nothing sticks out, every link is absolute', async (_to, mail) => {
    await page.load(mail.htmlBody!, width);
    const o = await page.overflow();
    expect(o.offenders).toEqual([]);
    expect(o.scrollWidth).toBeLessThanOrEqual(width);
    const links = await page.links();
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.href).toMatch(/^(https:\/\/|mailto:)/);
    expect(page.blocked).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
