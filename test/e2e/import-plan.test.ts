// «Импортировать план из документа» on the emulator: the built-in sample typed as a Word document and
// opened as a Google Doc (stamp and title above, the table broken by a page break with the header
// repeated, merged section rows, «Ответственные» merged down, multi-paragraph cells, 3.3 without its
// number) becomes the same roadmap and the same checkpoints as the sample, and nothing typed changes.
import type { DocModel } from '../../src/core/import/document';
import { SEED_PLAN_INFO } from '../../src/core/seed';
import { PLAN_IMPORT, SETTINGS_LABELS, SHEETS } from '../../src/text/ru';
import { seedDocument } from '../fixtures/documents/seed-document';
import { world, type World } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Builds the document in the emulated Google Docs: DocumentApp for the text, the Docs API for merges. */
function googleDoc(w: World, model: DocModel): string {
  const g = w.emu.globals as any;
  return w.emu.withContext('menu', () => {
    const doc = g.DocumentApp.create('План наставничества (из Word)');
    const body = doc.getBody();
    const heads: { table: number; row: number; column: number; rowSpan: number; columnSpan: number }[] = [];
    let tableNo = 0;
    model.blocks.forEach((b, i) => {
      if (b.kind === 'paragraph') {
        if (i === 0) body.getChild(0).asParagraph().setText(b.text);
        else body.appendParagraph(b.text);
        return;
      }
      const table = body.appendTable(b.table.rows.map((r) => r.map((c) => (c.covered ? '' : c.text.split('\n')[0]))));
      b.table.rows.forEach((r, ri) => r.forEach((c, ci) => {
        const more = c.covered ? [] : c.text.split('\n').slice(1);
        for (const p of more) table.getCell(ri, ci).appendParagraph(p);
        if (!c.covered && (c.colSpan > 1 || c.rowSpan > 1)) heads.push({ table: tableNo, row: ri, column: ci, rowSpan: c.rowSpan, columnSpan: c.colSpan });
      }));
      tableNo++;
    });
    doc.saveAndClose();
    const id = doc.getId();
    const starts = g.Docs.Documents.get(id).body.content.filter((e: any) => e.table).map((e: any) => e.startIndex);
    g.Docs.Documents.batchUpdate({
      requests: heads.map((h) => ({
        mergeTableCells: {
          tableRange: {
            tableCellLocation: { tableStartLocation: { index: starts[h.table] }, rowIndex: h.row, columnIndex: h.column },
            rowSpan: h.rowSpan, columnSpan: h.columnSpan,
          },
        },
      })),
    }, id);
    return `https://docs.google.com/document/d/${id}/edit`;
  });
}

/** Checkpoint rows as key facts: activity number, period, due date. */
function checkpoints(w: World): string[] {
  const v = w.emu.peek(SHEETS.checkpoints).displayValues;
  return v.slice(1).map((r) => [r[0], r[2], r[4], r[5]].join(' | '));
}

describe('import a plan from a Google Doc', () => {
  it('reads the sample typed in Word into the same roadmap and checkpoints as the built-in sample, and keeps every typed cell', () => {
    const sample = world();
    sample.run('setupStructure');

    const w = world();
    const link = googleDoc(w, seedDocument());
    w.emu.ui.answerPromptNext(link, 'OK');
    w.emu.ui.answerNext('YES');
    w.run('importPlan');
    const preview = w.emu.ui.alerts.find((a) => a.title === PLAN_IMPORT.previewTitle);
    expect(preview?.prompt).toContain('Разделов: 4, мероприятий: 14.');
    expect(preview?.prompt).toContain('Организация: МКОУ «Селищенская ОШ»');
    expect(w.emu.sheetNames()[0]).toBe(SHEETS.roadmap);
    expect(checkpoints(w)).toEqual(checkpoints(sample));
    expect(checkpoints(w).length).toBeGreaterThan(20);

    const settings = w.emu.peek(SHEETS.settings).displayValues;
    const value = (label: string) => settings.find((r) => r[0] === label)?.[1];
    expect(value(SETTINGS_LABELS.organisation)).toBe(SEED_PLAN_INFO.organisation);
    expect(value(SETTINGS_LABELS.approved)).toBe('16.12.2022');
    expect(value(SETTINGS_LABELS.from)).toBe('12.2022');

    // Every cell written from the document stays as it was through set-up, check and highlight.
    const plan = w.emu.peek(SHEETS.roadmap, 'A1:D22').values;
    expect(plan[1][0]).toBe('1. Нормативное обеспечение системы наставничества педагогических работников');
    expect(String(plan[2][0])).toMatch(/^1\.1 Разработка/);
    expect(plan.flat().filter((v) => v === 'Направление деятельности / Наименование мероприятия')).toHaveLength(1);
    w.run('setupStructure');
    w.run('checkStatuses');
    w.run('highlightDeadlines');
    expect(w.emu.peek(SHEETS.roadmap, 'A1:D22').values).toEqual(plan);
    expect(w.emu.ui.pendingAnswers()).toBe(0);
  });

  it('refuses a link that is not a Google Doc and a filled «Дорожная карта», changing nothing', () => {
    const w = world();
    w.emu.ui.answerPromptNext('https://example.org/plan.docx', 'OK');
    w.run('importPlan');
    expect(w.emu.ui.lastAlert()?.prompt).toBe(PLAN_IMPORT.badLink);
    w.run('setupStructure');
    const before = w.emu.peek(SHEETS.roadmap).values;
    w.emu.ui.answerPromptNext(googleDoc(w, seedDocument()), 'OK');
    w.run('importPlan');
    expect(w.emu.ui.lastAlert()?.prompt).toBe(PLAN_IMPORT.sheetTaken(SHEETS.roadmap));
    expect(w.emu.peek(SHEETS.roadmap).values).toEqual(before);
  });
});
