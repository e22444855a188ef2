// The offline tracker on a workbook (core + file shell): set-up, states, colours; typed cells untouched.
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CHECKPOINT_HEADERS, SHEETS, STATUSES } from '../../src/core';
import { digestLetters, openPlanBytes, reportDocxBytes, runTracker, workbookBytes, type TrackerRun } from '../../src/node';
import { buildReport, reportPeriod } from '../../src/core';
import { bytesOf, everything, typedWorkbook } from './fixtures';

async function again(run: TrackerRun, today = '2023-06-20'): Promise<TrackerRun> {
  const next = runTracker(await openPlanBytes(await workbookBytes(run.workbook), 'план.xlsx'), today);
  if (!next.ok) throw new Error(next.message);
  return next;
}

function ok(r: ReturnType<typeof runTracker>): TrackerRun {
  if (!r.ok) throw new Error(r.message);
  return r;
}

const column = (ws: ExcelJS.Worksheet, header: string): number => (ws.getRow(1).values as unknown[]).indexOf(header);

describe('runTracker', () => {
  it('makes the sample plan with every sheet, and a second run on the saved file writes nothing', async () => {
    const first = ok(runTracker({ source: 'new' }, '2023-06-20'));
    expect(first.workbook.worksheets.map((w) => w.name).sort()).toEqual([SHEETS.checkpoints, SHEETS.roadmap, SHEETS.people, SHEETS.settings].sort());
    expect(first.applied.appended).toBe(32);
    expect(first.tracker.overview.checkpoints).toHaveLength(32);
    const second = await again(first);
    expect(second.applied).toEqual({ updated: 0, appended: 0, deleted: 0, skipped: 0, rollupCells: 0 });
    expect(second.findings.length).toBeGreaterThan(0);
    // A week later the states change, and only they do.
    const later = await again(second, '2023-07-20');
    expect(later.applied.appended + later.applied.deleted).toBe(0);
    expect(later.applied.updated).toBeGreaterThan(0);
  });

  it('reads a mark typed in the file and keeps it as typed, date format and link included', async () => {
    const first = ok(runTracker({ source: 'new' }, '2023-06-20'));
    const ws = first.workbook.getWorksheet(SHEETS.checkpoints)!;
    const status = column(ws, CHECKPOINT_HEADERS.status);
    const done = column(ws, CHECKPOINT_HEADERS.done);
    const evidence = column(ws, CHECKPOINT_HEADERS.evidence);
    ws.getCell(2, status).value = STATUSES.done;
    ws.getCell(2, done).value = new Date(Date.UTC(2022, 11, 20));
    ws.getCell(2, done).numFmt = 'd mmmm yyyy';
    ws.getCell(2, evidence).value = { text: 'Приказ № 5', hyperlink: 'https://school.example/5' };
    const second = await again(first);
    const reread = second.workbook.getWorksheet(SHEETS.checkpoints)!;
    expect(reread.getCell(2, done).numFmt).toBe('d mmmm yyyy');
    expect(reread.getCell(2, evidence).value).toEqual({ text: 'Приказ № 5', hyperlink: 'https://school.example/5' });
    expect(reread.getCell(2, column(reread, CHECKPOINT_HEADERS.state)).value).toBe('Выполнено');
    const mark = second.tracker.overview.checkpoints.find((c) => c.row === 2)!;
    expect(mark.evidenceUrl).toBe('https://school.example/5');
  });

  it('keeps everything a school typed: error values, rich text, links, formats, its own sheets and colour rules', async () => {
    const wb = typedWorkbook();
    wb.getWorksheet('Дорожная карта')!.addConditionalFormatting({
      ref: 'A3:A5', rules: [{ type: 'expression', priority: 1, formulae: ['LEN(A3)>3'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00FF00' } } } }],
    });
    const bytes = await bytesOf(wb);
    const original = everything((await openPlanBytes(bytes, 'п.xlsx') as { workbook: ExcelJS.Workbook }).workbook);
    const run = ok(runTracker(await openPlanBytes(bytes, 'п.xlsx'), '2023-06-20'));
    const saved = await again(run);
    const after = everything(saved.workbook);
    for (const [k, v] of Object.entries(original)) {
      if (k.endsWith(':columns')) continue; // the roll-up columns are added to the right
      expect([k, after[k]]).toEqual([k, v]);
    }
    const rules = (saved.workbook.getWorksheet('Дорожная карта') as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    const formulas = rules.flatMap((b) => b.rules.flatMap((r) => r.formulae));
    expect(formulas.filter((f) => f.includes('TODAY()'))).toHaveLength(2);
    expect(formulas[formulas.length - 1]).toBe('LEN(A3)>3');
  });

  it('names the columns it needs when the file has no roadmap', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('План').addRow(['№', 'Мероприятие', 'Примечание']);
    const r = runTracker(await openPlanBytes(await bytesOf(wb), 'п.xlsx'), '2023-06-20');
    expect(r.ok).toBe(false);
  });
});

describe('report and letters from the core', () => {
  it('writes a .docx a zip reader opens, with the sections and clickable evidence', async () => {
    const run = ok(runTracker({ source: 'new' }, '2023-06-20'));
    const s = run.tracker.settings.settings;
    const model = buildReport({ overview: run.tracker.overview, organisation: s.organisation, planTitle: s.planTitle, period: reportPeriod({ kind: 'upTo', date: run.tracker.today }, s.plan) });
    const bytes = await reportDocxBytes(model);
    const zip = await JSZip.loadAsync(bytes);
    const doc = await zip.file('word/document.xml')!.async('string');
    for (const section of model.sections) expect(doc).toContain(section.heading.replace(/"/g, '&quot;'));
    expect(doc).toContain('Просроченные контрольные точки');
  });

  it('makes one letter per address as .eml with the HTML the core renders', async () => {
    const first = ok(runTracker({ source: 'new' }, '2023-06-19'));
    first.workbook.getWorksheet(SHEETS.people)!.getCell('B2').value = 'oo@school.example';
    const second = await again(first, '2023-06-19');
    const { letters } = digestLetters(second.tracker, new Date(Date.UTC(2023, 5, 19, 6)));
    expect(letters.map((l) => l.to)).toEqual(['oo@school.example']);
    const eml = letters[0].eml;
    expect(eml).toMatch(/^To: oo@school.example\r\n/m);
    expect(eml).toContain('Date: Mon, 19 Jun 2023 06:00:00 +0000');
    const parts = eml.split(/\r\n--=_roadmap_\d+/);
    const html = Buffer.from(parts[2].split('\r\n\r\n')[1].replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(html).toBe(letters[0].html);
  });
});
