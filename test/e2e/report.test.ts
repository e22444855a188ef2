// «Сформировать отчёт» on the built bundle: menu → dialog → createReport as google.script.run calls it;
// the Doc's content, the PDF, the log row, nothing else changed, the call bound, a lost template and
// an unknown placeholder.
import type { Emulator } from '../../emulator';
import { MIME } from '../../emulator/drive';
import type { DocModel, ParagraphNode, TableNode } from '../../emulator/document/model';
import { CHECKPOINT_HEADERS, REPORT, ROADMAP_HEADERS, SETTINGS_LABELS, SHEETS, STATUSES } from '../../src/text/ru';
import { checkpointRow, columnOf, type, world, type World } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Result = { ok: true; docUrl: string; pdfUrl: string; title: string; notes: string[]; sections: number; counts: any } | { ok: false; message: string };

const docId = (url: string): string => /\/d\/([\w-]+)/.exec(url)![1];
const tables = (d: DocModel): TableNode[] => d.body.children.filter((b): b is TableNode => b.kind === 'table');
const GOOGLE = ['DocumentApp', 'Drive', 'Docs'];
const googleCalls = (by: Record<string, number>): number => GOOGLE.reduce((n, s) => n + (by[s] ?? 0), 0);

function prepared(): World {
  const w = world('2024-06-20T10:00');
  w.run('onOpen', { as: 'simple' });
  w.run('setupStructure');
  const status = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.status);
  const done = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.done);
  const evidence = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.evidence);
  const r1 = checkpointRow(w.emu, '2.1', 'декабрь 2022');
  type(w, SHEETS.checkpoints, `${done}${r1}`, '20.12.2022');
  type(w, SHEETS.checkpoints, `${status}${r1}`, STATUSES.done);
  type(w, SHEETS.checkpoints, `${evidence}${r1}`, 'https://school.example/monitoring/2022-12');
  const r2 = checkpointRow(w.emu, '1.2', 'I квартал 2023');
  type(w, SHEETS.checkpoints, `${done}${r2}`, '14.04.2023');
  type(w, SHEETS.checkpoints, `${status}${r2}`, STATUSES.done);
  // One deadline nobody can read.
  const deadline = columnOf(w.emu, SHEETS.roadmap, ROADMAP_HEADERS.deadline[0], rowOfHeader(w.emu));
  const row = w.emu.peek(SHEETS.roadmap).displayValues.findIndex((r) => r[0] === '4.1') + 1;
  type(w, SHEETS.roadmap, `${deadline}${row}`, 'см. приложение');
  return w;
}

function rowOfHeader(emu: Emulator): number {
  return emu.peek(SHEETS.roadmap).displayValues.findIndex((r) => r.includes(ROADMAP_HEADERS.deadline[0])) + 1;
}

function snapshot(emu: Emulator): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of emu.sheetNames()) {
    if (name === REPORT.logSheet) continue;
    const p = emu.peek(name);
    out[name] = JSON.stringify([p.values, p.formulas]);
  }
  return out;
}

function createReport(w: World, options: unknown): { result: Result; calls: number; byMethod: Record<string, number> } {
  const m = w.emu.calls.measure(() => w.app.run('createReport', { as: 'dialog', args: [options] }) as Result);
  return { result: m.result, calls: googleCalls(m.byService), byMethod: m.byMethod };
}

describe('Сформировать отчёт', () => {
  it('opens the dialog from the menu, makes the Doc, the PDF and one log row, and changes nothing else', () => {
    const w = prepared();
    const item = w.emu.ui.menus[0].items.find((i: any) => i.caption === REPORT.menu) as any;
    expect(item.functionName).toBe('showReportDialog');
    w.run(item.functionName);
    const dialog = w.emu.ui.lastDialog()!;
    expect(dialog.title).toBe(REPORT.dialogTitle);
    expect(dialog.html).toContain('google.script.run');
    expect(dialog.html).toContain('value="2024-06-20"');

    const before = snapshot(w.emu);
    const first = createReport(w, { period: 'upTo', date: '2024-06-20', pdf: true });
    expect(first.result.ok).toBe(true);
    const r = first.result as Extract<Result, { ok: true }>;
    expect(r.title).toBe('Отчёт о реализации дорожной карты — весь план на 20.06.2024'); // the date once

    // Only the template's and the folder's links were written into their (empty) settings cells; nothing else changed.
    const after = snapshot(w.emu);
    const settingsRows = w.emu.peek(SHEETS.settings).displayValues;
    const templateRow = settingsRows.findIndex((row) => row[0] === SETTINGS_LABELS.template);
    const folderRow = settingsRows.findIndex((row) => row[0] === SETTINGS_LABELS.folder);
    expect(settingsRows[templateRow][1]).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(settingsRows[folderRow][1]).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    for (const name of Object.keys(before)) if (name !== SHEETS.settings) expect(after[name]).toBe(before[name]);
    const settingsBefore = JSON.parse(before[SHEETS.settings]);
    settingsBefore[0][templateRow][1] = settingsRows[templateRow][1];
    settingsBefore[0][folderRow][1] = settingsRows[folderRow][1];
    expect(JSON.parse(after[SHEETS.settings])[0]).toEqual(settingsBefore[0]);

    // The document.
    const doc = w.emu.drive.docs.get(docId(r.docUrl))!;
    const text = doc.text;
    expect(text).not.toMatch(/\{\{|✎/);
    expect(text).toContain('МКОУ «Селищенская ОШ»');
    expect(text).toContain('Отчётный период: весь план на 20.06.2024');
    expect(doc.header!.children.map((p) => (p as ParagraphNode).text).join('')).toBe('МКОУ «Селищенская ОШ»');
    expect(doc.footer!.children.map((p) => (p as ParagraphNode).text).join('')).toBe('Отчёт сформирован 20.06.2024');
    const ts = tables(doc);
    expect(ts).toHaveLength(r.sections + 1);
    const headings = ts.map((t) => t.rows[0].cells[0].text);
    expect(headings[0]).toBe('Раздел 1. Нормативное обеспечение системы наставничества педагогических работников');
    expect(headings[headings.length - 1]).toBe(REPORT.overdueTitle);
    for (const t of ts) {
      expect(t.rows[0].cells[0].colSpan).toBe(t.width);
      expect(t.rows[1].cells.map((c) => c.text)).toEqual(t === ts[ts.length - 1] ? [...REPORT.overdueColumns] : [...REPORT.columns]);
      expect(t.rows[1].cells[0].children[0].kind === 'paragraph' && (t.rows[1].cells[0].children[0] as ParagraphNode).runs[0].style.bold).toBe(true);
      expect(t.rows[2].cells[0].borders.top?.width).toBe(0.75);
    }
    // On paper: a landscape page; the title and column names repeat on every page; no row breaks across pages;
    // each column at least as wide as its longest word at 10 pt (Times, ~0.52 em a letter) and all within the page.
    expect(doc.page.flipPageOrientation).toBe(true);
    const textWidth = doc.page.height - doc.page.marginLeft - doc.page.marginRight;
    for (const t of ts) {
      expect([t.rows[0].cells[0].text, t.pinnedHeaderRows, t.rows.every((row) => row.preventOverflow)]).toEqual([t.rows[0].cells[0].text, 2, true]);
      const widths = t.widths as number[];
      expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(textWidth);
      const body = t.rows.slice(1, t === ts[ts.length - 1] ? undefined : -1);
      widths.forEach((width, c) => {
        const longest = Math.max(...body.map((row) => Math.max(...row.cells[c].text.split(/\s+/).filter((x) => !/^https?:/.test(x)).map((x) => x.length))));
        expect([t.rows[0].cells[0].text, c, width >= longest * 10 * 0.52]).toEqual([t.rows[0].cells[0].text, c, true]);
      });
    }
    // Rows: section 2 lists 2.1 done on time with its evidence as a link.
    const s2 = ts[1];
    const row21 = s2.rows.find((row) => row.cells[0].text === '2.1')!;
    expect(row21.cells[5].text).toContain('декабрь 2022: выполнено 20.12.2022; подтверждение: https://school.example/monitoring/2022-12');
    const linked = row21.cells[5].children.flatMap((p) => (p as ParagraphNode).runs).filter((run) => run.style.link);
    expect(linked.map((run) => [run.text, run.style.link])).toEqual([['https://school.example/monitoring/2022-12', 'https://school.example/monitoring/2022-12']]);
    expect(s2.rows[s2.rows.length - 1].cells[0].text).toMatch(/^Выполнено: \d+ из \d+ \(/);
    // 1.2 was done late; 4.1's deadline is unreadable and still listed.
    expect(text).toContain('I квартал 2023: выполнено с опозданием 14.04.2023 (на 14 дн.)');
    const row41 = ts.flatMap((t) => t.rows).find((row) => row.cells[0].text === '4.1')!;
    expect(row41.cells[2].text).toBe('см. приложение');
    expect(row41.cells[5].text).toBe('срок не распознан');
    expect(r.notes.some((n) => n.includes('Сроки не распознаны у 1'))).toBe(true);
    // The overdue list names who is responsible.
    const overdue = ts[ts.length - 1];
    expect(overdue.rows.length - 2).toBe(r.counts.overdue);
    expect(overdue.rows[2].cells[5].text).not.toBe('');
    expect(Number(overdue.rows[2].cells[4].text)).toBeGreaterThan(0);

    // The PDF beside the Doc, and the log row.
    const pdf = w.emu.drive.files.get(docId(r.pdfUrl))!;
    const docFile = w.emu.drive.files.get(docId(r.docUrl))!;
    expect([pdf.mimeType, pdf.name, pdf.parents]).toEqual([MIME.pdf, `${r.title}.pdf`, docFile.parents]);
    expect(w.emu.drive.files.get(docFile.parents[0])!.name).toBe(REPORT.folderName);
    const log = w.emu.peek(REPORT.logSheet).displayValues;
    expect(log[0]).toEqual([...REPORT.logHeaders]);
    expect(log[1]).toEqual(['20.06.2024 10:00', 'весь план на 20.06.2024', r.docUrl, r.pdfUrl, 'teacher@school.example']);
    expect(w.emu.ui.toasts.map((t) => t.message)).toEqual(expect.arrayContaining([REPORT.toast.reading, REPORT.toast.pdf, REPORT.toast.done(r.title)]));

    // The second report reuses the template and folder: Docs + Drive calls ≤ 12 + 1 per section.
    const second = createReport(w, { period: 'upTo', date: '2024-06-20', pdf: true });
    const r2 = second.result as Extract<Result, { ok: true }>;
    expect(r2.ok).toBe(true);
    expect(second.calls).toBeLessThanOrEqual(12 + r2.sections);
    expect(second.byMethod['Body.insertTable'] ?? second.byMethod['ContainerElement.insertTable']).toBe(r2.sections + 1);
    expect(w.emu.peek(REPORT.logSheet).displayValues).toHaveLength(3);
  });

  it('answers bad dialog input with a Russian message and makes nothing', () => {
    const w = prepared();
    const files = w.emu.drive.files.size;
    expect(createReport(w, { period: 'year', year: 1999 }).result).toEqual({ ok: false, message: 'Укажите год от 2022 до 2024.' });
    expect(createReport(w, { period: 'upTo', date: '31.02.2024' }).result).toEqual({ ok: false, message: REPORT.errors.badDate });
    expect(createReport(w, 'всё').result).toEqual({ ok: false, message: REPORT.errors.badOptions });
    expect(w.emu.drive.files.size).toBe(files);
    expect(w.emu.sheetNames()).not.toContain(REPORT.logSheet);
  });

  it('a deleted template: a clear message, and the default is recreated only if the person agrees', () => {
    const w = prepared();
    const first = createReport(w, { period: 'plan' }).result as Extract<Result, { ok: true }>;
    expect(first.ok).toBe(true);
    const settings = w.emu.peek(SHEETS.settings).displayValues;
    const link = settings.find((row) => row[0] === SETTINGS_LABELS.template)![1];
    const templateId = docId(link);
    w.emu.drive.deleteForever(templateId);

    w.emu.ui.answerNext('NO');
    expect(createReport(w, { period: 'plan' }).result).toEqual({ ok: false, message: REPORT.errors.templateDeclined });
    const alert = w.emu.ui.lastAlert()!;
    expect([alert.title, alert.buttons]).toEqual([REPORT.errors.templateMissingTitle, 'YES_NO']);
    expect(alert.prompt).toContain(`Шаблон отчёта не найден: документ ${templateId} удалён`);

    w.emu.ui.answerNext('YES');
    const again = createReport(w, { period: 'year', year: 2023 }).result as Extract<Result, { ok: true }>;
    expect(again.ok).toBe(true);
    expect(again.notes.some((n) => n.startsWith('Создан новый шаблон'))).toBe(true);
    // The person's cell is not overwritten; the next report finds the script's own template without asking.
    expect(w.emu.peek(SHEETS.settings).displayValues.find((row) => row[0] === SETTINGS_LABELS.template)![1]).toBe(link);
    const alerts = w.emu.ui.alerts.length;
    const third = createReport(w, { period: 'half', year: 2024, half: 1 }).result as Extract<Result, { ok: true }>;
    expect(third.ok).toBe(true);
    expect(third.notes).toContain(REPORT.warnings.settingsTemplateMissing);
    expect(w.emu.ui.alerts.length).toBe(alerts);
  });

  it('reports an unknown placeholder and highlights it; a template the script did not create is copied element by element', () => {
    const w = prepared();
    createReport(w, { period: 'plan' });
    // A person makes their own template (not visible to drive.file) with a typo in a placeholder.
    const own = w.emu.drive.addDocument('Мой шаблон', w.emu.drive.rootId, false);
    const doc = w.emu.drive.docs.get(own.id)!;
    (doc.body.children[0] as ParagraphNode).runs = [{ text: 'Отчёт {{Организация}} за {{Период}}, директор {{Директор}}', style: {} }];
    const table = { ...doc.body.children[0] } as ParagraphNode;
    void table;
    const settings = w.emu.peek(SHEETS.settings).displayValues;
    const row = settings.findIndex((r) => r[0] === SETTINGS_LABELS.template) + 1;
    w.emu.poke(SHEETS.settings, `B${row}`, [[`https://docs.google.com/document/d/${own.id}/edit`]]);
    const made = createReport(w, { period: 'plan' });
    const r = made.result as Extract<Result, { ok: true }>;
    expect(r.ok).toBe(true);
    expect(r.notes).toContain(REPORT.warnings.unknownPlaceholders(['Директор']));
    expect(r.notes).toContain(REPORT.warnings.noTablePlaceholder);
    const report = w.emu.drive.docs.get(docId(r.docUrl))!;
    const first = report.body.children[0] as ParagraphNode;
    expect(first.text).toBe('Отчёт МКОУ «Селищенская ОШ» за весь период плана (декабрь 2022 — декабрь 2024), директор {{Директор}}');
    expect(first.runs.find((x) => x.text === '{{Директор}}')?.style.backgroundColor).toBeDefined();
    expect(tables(report)).toHaveLength(r.sections + 1);
  });
});
