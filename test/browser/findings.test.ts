// «Проверить статусы» in Chromium: the findings the bundle shows, clicked as a person clicks them, with
// google.script.run reaching the bundle's goToRow. The school keeps its roadmap on its own sheet «План».
import type { Browser } from 'playwright-core';
import type { World } from '../e2e/helpers';
import { world } from '../e2e/helpers';
import { launchChromium, openDialog, openHtmlServicePage, bundleServer, type HtmlServicePage } from './harness';
import { shownBy } from './pages';

const LONG_WORD = 'внутришкольногонаставничестваипрофессиональногоразвитияпедагогическихработниковорганизации';
const PLAN = [
  ['№ п/п', 'Наименование мероприятия', 'Сроки реализации', 'Ответственные', 'Ожидаемый результат'],
  ['1', 'Нормативное обеспечение', '', '', ''],
  ['1.1', 'Положение о наставничестве', 'сентябрь 2023', 'Директор', 'Положение'],
  ['1.2', `Мониторинг ${LONG_WORD}`, 'i', 'Заместитель директора', 'Справка'],
  ['1.3', 'Семинар <img src=x onerror="document.title=1"> & <b>итоги</b>', 'декабрь 2023', '', 'Семинар'],
];

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

function school(): World {
  const made = world('2023-11-15T10:00');
  made.emu.poke('План', 'A1', PLAN);
  made.run('setupStructure');
  return made;
}

// One school for the file (setting it up is the slow part); a test that deletes a sheet takes its own.
const shared = school();
let w: World;
let page: HtmlServicePage;
async function findings(width?: number, own = false): Promise<HtmlServicePage> {
  w = own ? school() : shared;
  const shown = shownBy(w, 'checkStatuses');
  page = width ? await openHtmlServicePage(browser, { ...shown.dialog, width, kind: 'modal', server: bundleServer(w.app) })
    : await openDialog(browser, shown.dialog, w.app);
  return page;
}
afterEach(async () => { await page?.close(); });

const link = (text: string): string => `a:text-is("${text}")`;
const selected = (): { sheet: string; row: number } => {
  const r = w.emu.spreadsheet.getActiveRange()!;
  return { sheet: r.getSheet().getName(), row: r.getRow() };
};

describe('findings: what works', () => {
  it('lists the findings with hostile cell text shown as text, nothing run, nothing fetched', async () => {
    const p = await findings();
    const text = await p.text();
    expect(text).toContain('Срочно (1)');
    expect(text).toContain('Семинар <img src=x onerror="document.title=1"> & <b>итоги</b>');
    expect(await p.evaluate('document.title')).not.toBe('1');
    expect(p.blocked).toEqual([]);
    expect(p.errors).toEqual([]);
  });

  it('a checkpoint finding selects its row on «Контрольные точки»; Tab and Enter work as a click', async () => {
    const p = await findings();
    await p.click(link('Контрольные точки, строка 2'));
    await p.idle();
    expect(selected()).toEqual({ sheet: 'Контрольные точки', row: 2 });
    await p.evaluate('document.querySelector("a[data-i]").focus()');
    await p.press('Tab');
    await p.press('Enter');
    await p.idle();
    expect(p.calls.map((c) => c.name)).toEqual(['goToRow', 'goToRow']);
  });
});

describe('fix 2: roadmap findings point at the sheet the roadmap is on', () => {
  it('names «План» and selects its row there', async () => {
    const p = await findings();
    const text = await p.text();
    expect(text).toContain('План, строка 4');
    expect(text).not.toContain('Дорожная карта, строка');
    await p.click(link('План, строка 4'));
    await p.idle();
    expect(p.calls).toEqual([{ name: 'goToRow', args: ['План', 4] }]);
    expect(selected()).toEqual({ sheet: 'План', row: 4 });
  });

  it('tells the person when the sheet is gone since the check', async () => {
    const p = await findings(undefined, true);
    w.emu.spreadsheet.deleteSheet(w.emu.spreadsheet.getSheetByName('План')!);
    await p.click(link('План, строка 4'));
    await p.idle();
    expect(await p.text()).toContain('Лист «План» не найден');
  });
});

describe('fix 4: a failed call is told in Russian', () => {
  for (const error of ['Exception: Service Spreadsheets timed out while accessing document with id 1AbC.', undefined]) {
    it(`${error ? 'Google\'s English text' : 'no error object'}: a Russian message only`, async () => {
      const p = await findings();
      p.failNext('goToRow', error);
      await p.click(link('План, строка 4'));
      await p.idle();
      const text = await p.text();
      expect(text).toContain('Не удалось перейти к строке');
      expect(text).not.toMatch(/Exception|Service|timed out|undefined/);
    });
  }
});

describe('fix 5: one full stop at the end of a sentence', () => {
  it('the unreadable deadline reads «…«i».» not «…«i»..»', async () => {
    const p = await findings();
    const text = await p.text();
    expect(text).toContain('Срок «i» не распознан');
    expect(text).not.toMatch(/\.\./);
  });
});

describe('fix 6: a long word wraps', () => {
  for (const width of [400, undefined]) {
    it(`nothing sticks out at ${width ?? 'sidebar (300)'} px`, async () => {
      const p = await findings(width);
      expect(await p.text()).toContain(LONG_WORD.slice(0, 40));
      const o = await p.overflow();
      expect(o.offenders).toEqual([]);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.width);
    });
  }
});

describe('fix 7: findings stay in view beside the sheet', () => {
  it('are a sidebar, and stay open after a click so the next finding is one click away', async () => {
    const p = await findings();
    expect(p.kind).toBe('sidebar');
    await p.click(link('План, строка 4'));
    await p.idle();
    expect(p.closed).toBe(false);
    await p.click(link('План, строка 5'));
    await p.idle();
    expect(selected()).toEqual({ sheet: 'План', row: 5 });
  });
});
