// Ten hostile report templates a school might make (issue 12, item 8). Docs applies a batchUpdate all or
// nothing, so one request built on a wrong index fails the whole report. From each template the report is
// made, or the person gets a Russian message naming the problem — never a half-made report left in Drive.
import { MIME } from '../../emulator/drive';
import { DocModel, INLINE_MARK, ParagraphNode, SectionNode, tableFromCells, type Block, type TableNode, type TextStyle } from '../../emulator/document/model';
import { ACCESS, REPORT, SETTINGS_LABELS, SHEETS } from '../../src/text/ru';
import { world, type World } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Result = { ok: true; docUrl: string; notes: string[]; sections: number } | { ok: false; message: string };
const docId = (url: string): string => /\/d\/([\w-]+)/.exec(url)![1];

type Piece = string | { inline: 'PAGE_NUMBER' | 'IMAGE' } | { text: string; style: TextStyle };
function para(pieces: Piece | Piece[], opts: { list?: boolean } = {}): ParagraphNode {
  const p = new ParagraphNode();
  for (const piece of Array.isArray(pieces) ? pieces : [pieces]) {
    if (typeof piece === 'string') p.runs.push({ text: piece, style: {} });
    else if ('inline' in piece) p.runs.push({ text: INLINE_MARK, style: { inline: piece.inline } });
    else p.runs.push({ text: piece.text, style: piece.style });
  }
  p.listItem = !!opts.list;
  return p;
}
const table = (cells: string[][]): TableNode => tableFromCells(cells);

function section(kind: 'header' | 'footer', doc: DocModel, blocks: Block[]): SectionNode {
  const s = new SectionNode(kind, doc.newSegmentId(kind));
  for (const b of blocks) { b.parent = s; s.children.push(b); }
  return s;
}

interface Hostile { name: string; body: Block[]; header?: Block[]; footer?: Block[] }

const SUMMARY = [para('Организация: {{Организация}}'), para('Период: {{Период}}'), para('Выполнено {{Выполнено}} из {{Всего}}')];
const TEMPLATES: Hostile[] = [
  { name: 'a note right above a table', body: [para('Отчёт {{Организация}}'), para('✎ Памятка: таблица ниже — подписи.'), table([['Директор', 'подпись']]), para('{{Таблица}}')] },
  { name: 'page numbers in the footer', body: [...SUMMARY, para('{{Таблица}}')], footer: [para(['Страница ', { inline: 'PAGE_NUMBER' }, ' — {{Организация}}, {{Опечатка}}'])] },
  { name: 'an image and a page-number field before a placeholder', body: [para([{ inline: 'IMAGE' }, ' ', { inline: 'PAGE_NUMBER' }, ' {{Организация}} {{Директор}}']), ...SUMMARY, para('{{Таблица}}')] },
  { name: 'placeholders in header and footer', body: [...SUMMARY, para('{{Таблица}}')], header: [para('{{Организация}} — {{План}}')], footer: [para('Сформирован {{Дата}}, {{Процент}}')] },
  { name: 'lists', body: [para('Итоги:'), para('Выполнено: {{Выполнено}}', { list: true }), para('✎ пункт-памятка', { list: true }), para('Просрочено: {{Просрочено}}', { list: true }), para('{{Таблица}}')] },
  { name: 'two tables together', body: [para('✎ Ниже — шапка и подписи'), table([['Утверждаю']]), table([['Согласовано']]), para('{{Таблица}}'), para('✎ последняя памятка')] },
  { name: 'an unknown placeholder', body: [para('Отчёт {{Организация}}, ответственный {{Директор}}'), para('{{Таблица}}')] },
  { name: 'a deleted placeholder ({{Таблица}} removed)', body: [...SUMMARY] },
  { name: 'a template in English', body: [para('Report for {{Organization}}, period {{Period}}'), para('{{Table}}')] },
  {
    name: 'a very long one',
    body: Array.from({ length: 400 }, (_, k) => (k % 50 === 0 ? para('✎ памятка') : k === 200 ? para('{{Таблица}}') : para(`Абзац ${k}: {{Организация}} {{Процент}} ${'текст '.repeat(20)}`))),
  },
];

function withTemplate(h: Hostile): { w: World; templateId: string } {
  const w = world('2024-06-20T10:00');
  w.run('onOpen', { as: 'simple' });
  w.run('setupStructure');
  const model = new DocModel('tmp', h.name);
  model.body.children = [];
  for (const b of h.body) { b.parent = model.body; model.body.children.push(b); }
  if (h.header) model.header = section('header', model, h.header);
  if (h.footer) model.footer = section('footer', model, h.footer);
  const file = w.emu.drive.addDocument(`Шаблон: ${h.name}`, w.emu.drive.rootId, false, model);
  const row = w.emu.peek(SHEETS.settings).displayValues.findIndex((r) => r[0] === SETTINGS_LABELS.template) + 1;
  w.emu.poke(SHEETS.settings, `B${row}`, [[`https://docs.google.com/document/d/${file.id}/edit`]]);
  return { w, templateId: file.id };
}

const texts = (d: DocModel): string => [d.body, d.header, d.footer].filter(Boolean).map((s) => s!.children.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n')).join('\n');
const docs = (w: World): number => Array.from(w.emu.drive.files.values()).filter((f) => f.mimeType === MIME.document).length;

describe.each(TEMPLATES.map((h) => [h.name, h] as const))('a template with %s', (_name, h) => {
  it('makes the report (known placeholders filled, notes gone, every table in) or says in Russian what is wrong, leaving nothing half-made', () => {
    const { w } = withTemplate(h);
    const before = docs(w);
    const r = w.app.run('createReport', { as: 'dialog', args: [{ period: 'plan' }] }) as Result;
    if (!r.ok) {
      expect(r.message).toMatch(/[а-яё]/i);
      expect(docs(w)).toBe(before); // no half-made report left
      return;
    }
    const doc = w.emu.drive.docs.get(docId(r.docUrl))!;
    const all = texts(doc);
    expect(all).not.toMatch(/\{\{\s*(Организация|План|Период|Дата|Всего|Выполнено|Просрочено|Процент|Таблица)\s*\}\}/);
    expect(all).not.toContain('✎');
    const tables = doc.body.children.filter((b) => b.kind === 'table') as TableNode[];
    expect(tables.filter((t) => t.rows[0].cells[0].text.startsWith('Раздел') || t.rows[0].cells[0].text === REPORT.overdueTitle)).toHaveLength(r.sections + 1);
    // Every unknown placeholder is named, and highlighted exactly over its own text.
    const unknown = Array.from(all.matchAll(/\{\{([^{}]*)\}\}/g)).map((m) => m[1].trim());
    if (unknown.length) expect(r.notes).toContain(REPORT.warnings.unknownPlaceholders([...new Set(unknown)]));
    for (const s of [doc.body, doc.header, doc.footer]) {
      for (const b of s?.children ?? []) {
        if (b.kind !== 'paragraph') continue;
        for (const run of b.runs.filter((x) => x.style.backgroundColor)) expect(run.text).toMatch(/^\{\{[^{}]*\}\}$/);
      }
    }
  });
});

describe('a template Docs refuses', () => {
  it('the half-filled copy is deleted and the person told in Russian', () => {
    const { w } = withTemplate(TEMPLATES[0]);
    const before = docs(w);
    // Docs refuses the batch (e.g. a structure the script did not foresee): simulate by making every batchUpdate fail.
    const docsService = (w.emu.globals as any).Docs.Documents;
    const original = docsService.batchUpdate;
    docsService.batchUpdate = function refuse() { throw Object.assign(new Error('API call to docs.documents.batchUpdate failed with error: Invalid requests[3]'), { name: 'GoogleJsonResponseException' }); };
    try {
      const r = w.app.run('createReport', { as: 'dialog', args: [{ period: 'plan' }] }) as Result;
      expect(r.ok).toBe(false);
      expect((r as { message: string }).message).toBe(ACCESS.fillFailed((r as any).message.match(/\((https:[^)]+)\)/)?.[1] ?? ''));
      expect(docs(w)).toBe(before);
      expect(w.emu.sheetNames()).not.toContain(REPORT.logSheet);
    } finally {
      docsService.batchUpdate = original;
    }
  });
});
