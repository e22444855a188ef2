// The report as .docx from the model: landscape pages for the tables, header rows repeated on every page,
// rows that never split across pages, one border width, columns at least as wide as their longest word.
import { DOMParser } from '@xmldom/xmldom';
import { buildOverview } from '../../src/core/overview';
import { planCheckpoints, type CheckpointRow } from '../../src/core/checkpoints';
import { readDeadline } from '../../src/core/deadline';
import { readRoadmap } from '../../src/core/roadmap';
import { buildReport, reportPeriod } from '../../src/core/report';
import { reportDocxParts } from '../../src/views/report-docx';
import { breakable, columnWidths } from '../../src/views/report-layout';
import { sectionTable } from '../../src/views/report-doc';

const PLAN = { from: '2022-12', to: '2024-12' };

function model() {
  const read = readRoadmap([
    ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат'],
    ['1.', 'Нормативное обеспечение', '', '', ''],
    ['1.1', 'Разработка и утверждение (актуализация) нормативных документов, обеспечивающих внедрение и развитие системы наставничества', 'декабрь 2022', 'Заместитель директора по учебно-воспитательной работе', 'Положение утверждено'],
    ['1.2', 'Мониторинг', 'ежеквартально', 'ОО', 'Данные'],
    ['2.', 'Методическое сопровождение', '', '', ''],
    ['2.1', 'Консультации', 'по мере необходимости', 'ОО', 'Консультации проведены'],
  ]);
  if (!read.ok) throw new Error('roadmap');
  const schedules = read.roadmap.activities.map((a) => readDeadline(a.deadlineText, PLAN));
  const planned = planCheckpoints(read.roadmap, schedules);
  const rows: CheckpointRow[] = planned.map((p, i) => ({
    row: i + 2, key: p.key, number: p.number, activity: p.activity, label: p.label, start: p.start, due: p.due, responsible: p.responsible,
    state: '', status: p.number === '1.1' ? 'Выполнено' : '', done: p.number === '1.1' ? '20.12.2022' : '',
    evidence: p.number === '1.1' ? 'https://school.example/docs/polozhenie-o-nastavnichestve-pedagogicheskikh-rabotnikov.pdf' : '', comment: '', typed: false,
  }));
  const ov = buildOverview(read.roadmap, schedules, planned, rows, { today: '2023-11-15', days: 14 });
  return buildReport({ overview: ov, organisation: 'Школа', planTitle: 'План', period: reportPeriod({ kind: 'upTo', date: '2023-11-15' }, PLAN) });
}

describe('reportDocxParts', () => {
  const parts = reportDocxParts(model());
  const xml = parts['word/document.xml'];

  it('puts the title page in portrait and the tables on landscape pages', () => {
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain('w:orient="landscape"');
    expect(sections[1]).toContain('w:orient="landscape"');
  });

  it('repeats the title and column rows on every page and never splits a row', () => {
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBe(3); // two sections, the overdue list
    for (const t of tables) {
      const rows = t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
      rows.forEach((r, i) => {
        expect(r).toContain('<w:cantSplit/>');
        expect(r.includes('<w:tblHeader/>')).toBe(i <= 1);
      });
    }
  });

  it('draws every border of every cell the same width', () => {
    const sizes = new Set((xml.match(/<w:(top|bottom|left|right) [^>]*w:sz="(\d+)"/g) ?? []).map((m) => /w:sz="(\d+)"/.exec(m)![1]));
    expect([...sizes]).toEqual(['4']);
  });

  it('lists every activity, the whole plan (not-yet-due included), and links the evidence', () => {
    for (const n of ['1.1', '1.2', '2.1']) expect(xml).toContain(`>${n}<`);
    expect(xml).toContain('срок не наступил — ');
    expect(xml).toContain('w:hyperlink');
  });

  it('gives each column at least its longest word, and web addresses places to wrap', () => {
    const spec = sectionTable(model().sections[0]);
    const widths = columnWidths(spec, 714, 10);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(714);
    const longest = (c: number) => Math.max(...spec.cells.slice(1, -1).flatMap((r) => breakable(r[c]).split(/[\s\u200b]+/)).map((w) => w.length));
    widths.forEach((w, c) => expect(w).toBeGreaterThanOrEqual(longest(c) * 10 * 0.52));
    expect(breakable('см. https://a.example/b-c.pdf')).toBe('см. https://\u200ba.\u200bexample/\u200bb-\u200bc.\u200bpdf');
  });
});

describe('the .docx package', () => {
  const withAmpersand = model();
  withAmpersand.sections[0].rows[0].links.push({ text: 'https://school.example/?a=1&b=<2>', url: 'https://school.example/?a=1&b=<2>' });
  withAmpersand.sections[0].rows[0].markText += '\nhttps://school.example/?a=1&b=<2>';
  const parts = reportDocxParts(withAmpersand);

  it('is well-formed XML in every part', () => {
    for (const [path, xml] of Object.entries(parts)) {
      const errors: string[] = [];
      new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(xml, 'text/xml');
      expect([path, errors]).toEqual([path, []]);
    }
  });

  it('declares every relationship a part refers to, and a content type for every part', () => {
    const rels = parts['word/_rels/document.xml.rels'];
    for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml']) {
      for (const [, id] of parts[part].matchAll(/r:id="([^"]+)"/g)) expect(rels).toContain(`Id="${id}"`);
    }
    expect(rels).toContain('Target="https://school.example/?a=1&amp;b=&lt;2&gt;"');
    for (const path of Object.keys(parts).filter((p) => p.endsWith('.xml') && p !== '[Content_Types].xml')) {
      expect(parts['[Content_Types].xml']).toContain(`PartName="/${path}"`);
    }
  });

  it('numbers the pages in the footer and names the organisation in the header', () => {
    expect(parts['word/footer1.xml']).toContain('w:instr=" PAGE "');
    expect(parts['word/header1.xml']).toContain('>Школа<');
  });
});
