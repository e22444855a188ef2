// Without Google: the sample typed in Word (.docx) → `roadmap-tracker import` → an .xlsx that the usual
// command turns into the same checkpoints as the built-in sample; every cell from the document kept.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { SHEETS } from '../../src/text/ru';
import { readDocx } from '../../src/node';
import { planFromDocument } from '../../src/core/import/plan-from-document';
import { seedDocument } from '../fixtures/documents/seed-document';
import { docxOf } from '../fixtures/documents/seed-docx';

const CLI = join(__dirname, '../../bin/roadmap-tracker.js');
jest.setTimeout(90000);

const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
};

async function sheetRows(file: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    while (rows.length < r - 1) rows.push([]);
    rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))));
  });
  while (rows.length && rows[rows.length - 1].every((v) => v === '')) rows.pop();
  return rows;
}

describe('a plan typed in Word, offline', () => {
  it('the .docx reader sees what the Google Doc reader sees: 14 activities in 4 sections', async () => {
    const doc = await readDocx(await docxOf(seedDocument()));
    const read = planFromDocument(doc, '2023-06-20');
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.roadmap.activities).toHaveLength(14);
    expect(read.plan.roadmap.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4']);
    const fromModel = planFromDocument(seedDocument(), '2023-06-20');
    expect(fromModel.ok && fromModel.plan.values).toEqual(read.plan.values);
  });

  it('imports to an .xlsx with the sample\'s checkpoints, prints the columns, and never overwrites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(dir, 'план.docx'), await docxOf(seedDocument()));
    const imported = run(['import', 'план.docx', '--today', '2023-06-20'], dir);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Разделов: 4, мероприятий: 14.');
    expect(imported.out).toContain('Мероприятие ← столбец A «Направление деятельности / Наименование мероприятия»');
    const again = run(['import', 'план.docx'], dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('уже есть');

    const planBefore = await sheetRows(join(dir, 'план.xlsx'), SHEETS.roadmap);
    expect(run([join(dir, 'план.xlsx'), '--today', '2023-06-20', '--in-place'], dir).code).toBe(0);
    expect(run([join(dir, 'образец.xlsx'), '--new', '--today', '2023-06-20'], dir).code).toBe(0);
    const pick = (rows: string[][]) => rows.slice(1).map((r) => [r[0], r[2], r[4], r[5]].join(' | '));
    const imported2 = pick(await sheetRows(join(dir, 'план.xlsx'), SHEETS.checkpoints));
    const sample = pick(await sheetRows(join(dir, 'образец.xlsx'), SHEETS.checkpoints));
    expect(imported2.length).toBeGreaterThan(20);
    expect(imported2).toEqual(sample);
    const planAfter = await sheetRows(join(dir, 'план.xlsx'), SHEETS.roadmap);
    const text = (rows: string[][]) => rows.map((r) => Array.from({ length: 4 }, (_, c) => r[c] ?? ''));
    expect(text(planAfter)).toEqual(text(planBefore));
    expect(text(planBefore).flat().filter((v) => v).length).toBeGreaterThan(60);
  });

  it('takes --columns when the headers say nothing, keeps it in «Настройки» and prints the mapping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'columns-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('План');
    ws.addRows([['№', 'Что делаем', 'Когда', 'Кто'], ['1', 'Педсовет', 'август 2023', 'Директор'], ['2', 'Отчёт', 'декабрь 2023', 'Завуч']]);
    await wb.xlsx.writeFile(join(dir, 'план.xlsx'));
    const refused = run([join(dir, 'план.xlsx'), '--today', '2023-06-20'], dir);
    expect(refused.code).toBe(2);
    const ok = run([join(dir, 'план.xlsx'), '--today', '2023-06-20', '--in-place', '--columns', 'Мероприятие=B; Срок=C; Ответственные=D'], dir);
    expect(ok.err).toBe('');
    expect(ok.out).toContain('Мероприятие ← столбец B «Что делаем» (задано)');
    const settings = await sheetRows(join(dir, 'план.xlsx'), SHEETS.settings);
    expect(settings.find((r) => r[0] === 'Столбцы дорожной карты')?.[1]).toBe('Мероприятие: B; Срок: C; Ответственные: D');
    const again = run([join(dir, 'план.xlsx'), '--today', '2023-06-20', '--in-place'], dir);
    expect(again.out).toContain('Срок ← столбец C «Когда» (задано)');
    expect((await sheetRows(join(dir, 'план.xlsx'), 'План')).slice(0, 3).map((r) => r.slice(0, 4)))
      .toEqual([['№', 'Что делаем', 'Когда', 'Кто'], ['1', 'Педсовет', 'август 2023', 'Директор'], ['2', 'Отчёт', 'декабрь 2023', 'Завуч']]);
  });
});
