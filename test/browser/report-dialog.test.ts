// «Сформировать отчёт» in Chromium: the dialog the bundle shows, in Apps Script's sandboxed iframe, with
// google.script.run reaching the bundle's createReport. Today is 15.11.2023; the sample plan runs 2022–2024.
import type { Browser } from 'playwright-core';
import { launchChromium, openDialog, type HtmlServicePage } from './harness';
import { REPORT } from '../../src/text/ru';
import { sampleSchool, shownBy } from './pages';

const UP_TO = (date: string): string => REPORT.period.upTo(date);

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

// One school for the whole file (setting it up is the slow part); each test opens the dialog afresh.
const school = sampleSchool();
let dialog: HtmlServicePage;
async function reportDialog(): Promise<HtmlServicePage> {
  const { w, dialog: shown } = shownBy(school, 'showReportDialog');
  dialog = await openDialog(browser, shown, w.app);
  return dialog;
}
afterEach(async () => { await dialog?.close(); });

const DATE = 'input[name=date]';

async function create(d: HtmlServicePage): Promise<string> {
  await d.click('#go');
  await d.idle();
  return d.text();
}

describe('report dialog: what works', () => {
  it('makes the report up to today by default and shows its links, opening outside the dialog', async () => {
    const d = await reportDialog();
    const text = await create(d);
    expect(d.calls).toEqual([{ name: 'createReport', args: [expect.objectContaining({ period: 'upTo', date: '2023-11-15' })] }]);
    expect(text).toContain(`${REPORT.choice.done}: ${REPORT.docName(UP_TO('15.11.2023'), '15.11.2023')}`);
    const links = await d.links();
    expect(links.map((l) => l.text)).toEqual(expect.arrayContaining(['Открыть документ', 'Папка с отчётами']));
    for (const l of links) {
      expect(l.href).toMatch(/^https:\/\//);
      expect(['_blank', '_top']).toContain(l.target);
    }
    expect(d.errors).toEqual([]);
    expect(d.blocked).toEqual([]);
  });

  it('sends one request for three quick clicks', async () => {
    const d = await reportDialog();
    await d.evaluate('(() => { const b = document.getElementById("go"); b.click(); b.click(); b.click(); })()');
    await d.idle();
    expect(d.calls).toHaveLength(1);
  });

  it('takes a date typed as дд.мм.гггг', async () => {
    const d = await reportDialog();
    await d.type(DATE, '01092023');
    expect(await d.value(DATE)).toBe('2023-09-01');
    expect(await create(d)).toContain(UP_TO('01.09.2023'));
  });
});

describe('fix 1: an impossible or unfinished date never becomes today', () => {
  const cases: [string, string][] = [['31.02.2024', '31022024'], ['29.02.2023', '29022023']];
  for (const [shown, keys] of cases) {
    it(`${shown}: the dialog says what is wrong, sends nothing, and keeps the field as typed`, async () => {
      const d = await reportDialog();
      await d.type(DATE, keys);
      const text = await create(d);
      expect(text).not.toContain('Отчёт готов');
      expect(text).toContain('Такой даты нет или она введена не полностью');
      expect(d.calls).toEqual([]);
      expect(await d.evaluate(`document.querySelector('${DATE}').validity.badInput`)).toBe(true);
    });
  }

  it('a cleared part of the date (Tab to the month, Backspace), then Enter', async () => {
    const d = await reportDialog();
    await d.type(DATE, '');
    await d.press('Tab');
    await d.press('Backspace');
    await d.press('Enter');
    await d.idle();
    expect(await d.text()).toContain('Такой даты нет или она введена не полностью');
    expect(d.calls).toEqual([]);
  });

  it('15.11.24: asks for a four-digit year instead of «before the plan»', async () => {
    const d = await reportDialog();
    await d.type(DATE, '151124');
    const text = await create(d);
    expect(text).toContain('Год укажите четырьмя цифрами');
    expect(text).not.toContain('раньше начала плана');
    expect(d.calls).toEqual([]);
  });

  it('the server refuses an empty or impossible date too, whoever sends it', async () => {
    const d = await reportDialog();
    const replies = await d.evaluate<unknown[]>(`Promise.all([{ period: 'upTo', date: '' }, { period: 'upTo', date: '2024-02-31' }, { period: 'upTo', date: '0024-11-15' }]
      .map((o) => new Promise((ok) => google.script.run.withSuccessHandler(ok).createReport(o))))`);
    for (const r of replies) expect(r).toMatchObject({ ok: false });
    expect((replies[0] as { message: string }).message).toContain('Укажите дату');
    expect((replies[2] as { message: string }).message).toContain('Год укажите четырьмя цифрами');
  });
});

describe('fix 3: the year and half-year lists go with their choice', () => {
  it('choosing 2022 in the year list makes the 2022 report even if «План на дату» was selected', async () => {
    const d = await reportDialog();
    await d.select('select[name=year]', '2022');
    expect(await d.evaluate('document.querySelector("input[value=year]").checked')).toBe(true);
    expect(await create(d)).toContain(`${REPORT.choice.done}: ${REPORT.docName(REPORT.period.year(2022), '15.11.2023')}`);
  });

  it('choosing «II полугодие» selects the half-year choice', async () => {
    const d = await reportDialog();
    await d.select('select[name=half]', '2');
    expect(await d.evaluate('document.querySelector("input[value=half]").checked')).toBe(true);
    expect(await create(d)).toContain(REPORT.period.half(2, 2023));
  });

  it('typing a date selects «План на дату» again', async () => {
    const d = await reportDialog();
    await d.select('select[name=year]', '2022');
    await d.type(DATE, '01092023');
    expect(await create(d)).toContain(UP_TO('01.09.2023'));
  });
});

describe('fix 4: a failure is told in Russian', () => {
  const raw = 'Exception: Service Spreadsheets timed out while accessing document with id 1AbC.';
  for (const [name, error] of [['Google\'s English text', raw], ['no error object', undefined]] as const) {
    it(`${name}: a Russian message, no English, no «undefined», and the button works again`, async () => {
      const d = await reportDialog();
      d.failNext('createReport', error);
      const text = await create(d);
      expect(text).toContain('Не удалось сформировать отчёт');
      expect(text).not.toMatch(/Exception|Service|timed out|undefined/);
      expect(await d.evaluate('document.getElementById("go").disabled')).toBe(false);
      expect(await create(d)).toContain('Отчёт готов');
    });
  }
});
