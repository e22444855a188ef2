// One count everywhere: the demo at 15.11.2023 (typed as people type it) writes the report, the letters, the «Проверить статусы»
// dialog and summary.json; the plan's numbers are computed once here (src/core/counts.ts on the workbook
// the demo wrote) and every output must show each of them under the same name.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { createEmulator } from '../../emulator';
import { loadXlsx } from '../../emulator/workbook-files';
import { countPlan, type PlanCounts } from '../../src/core/counts';
import { readTracker } from '../../src/shell/tracker';
import { countItems } from '../../src/views/counts';

jest.setTimeout(120000);

const DEMO = join(__dirname, '../../lib/demo.js');

const docxText = async (file: string): Promise<string> => {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
};
const htmlText = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, '\u00a0')
  .replace(/&laquo;/g, '«').replace(/&raquo;/g, '»').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/[ \t\n]+/g, ' ');

describe('the plan\'s numbers agree across report, letters, dialog and summary.json (seed at 15.11.2023)', () => {
  const out = mkdtempSync(join(tmpdir(), 'one-count-'));
  let counts: PlanCounts;

  beforeAll(async () => {
    const r = spawnSync(process.execPath, [DEMO, '--today', '15.11.2023', '--out', out], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr || r.stdout);
    // Computed once, from the workbook the demo wrote, by the core's definition.
    const emu = createEmulator({ now: '2023-11-15T09:00' });
    await loadXlsx(emu, join(out, 'roadmap.xlsx'));
    const read = readTracker(emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, emu.clock.now());
    if (!read.ok) throw new Error(read.message);
    counts = countPlan(read.tracker.overview.activities, read.tracker.today);
  });

  it('the numbers themselves: the seed has 31 checkpoints in the plan, 12 due by the day, 5 done, 7 overdue, 19 not yet due', () => {
    expect(counts).toMatchObject({ inPlan: 31, dueByDay: 12, done: 5, onTime: 3, late: 2, overdue: 7, notYetDue: 19, notRequired: 1 });
    expect(counts.onTime + counts.late + counts.overdue + counts.notYetDue).toBe(counts.inPlan);
  });

  it('summary.json carries the same numbers under the same keys', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.counts).toEqual(counts);
    expect(summary.report.counts).toEqual(counts);
  });

  it('the report, the coordinator\'s letter and the dialog show every number under its one name', async () => {
    const items = countItems(counts, '15.11.2023');
    const report = await docxText(join(out, 'report.docx'));
    const letter = readdirSync(join(out, 'digest')).find((f) => f.startsWith('koordinator') && f.endsWith('.txt'))!;
    const letterText = readFileSync(join(out, 'digest', letter), 'utf8');
    const letterHtml = htmlText(readFileSync(join(out, 'digest', letter.replace(/\.txt$/, '.html')), 'utf8'));
    const dialog = htmlText(readFileSync(join(out, 'findings.html'), 'utf8'));
    for (const i of items) {
      expect(report).toContain(`${i.label}: ${i.value}`);
      expect(letterText).toContain(`${i.label}: ${i.value}`);
      expect(letterHtml).toContain(` ${i.label} ${i.value} `);
      expect(dialog).toContain(` ${i.label} ${i.value} `);
    }
  });

  it('the dialog says no «нет email» for a name the people sheet has an address for', () => {
    expect(readFileSync(join(out, 'findings.html'), 'utf8')).not.toContain('нет email');
  });

  it('the workbook opens on the roadmap, its validation ranges do not overlap, every sheet prints landscape, one page wide, header repeated', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'roadmap.xlsx')));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toMatch(/activeTab="0"/);
    expect(book).toMatch(/<sheet [^>]*name="Дорожная карта"[^>]*sheetId="1"|<sheet sheetId="1" name="Дорожная карта"/);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBe(6);
    expect(book.match(/_xlnm\.Print_Titles/g)).toHaveLength(6);
    for (const f of sheets) {
      const xml = await zip.file(f)!.async('string');
      expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
      const refs = (xml.match(/sqref="([^"]+)"/g) ?? []).map((m) => m.slice(7, -1));
      const cells = new Set<string>();
      for (const ref of refs) {
        const [a, b = a] = ref.split(':');
        const col = a.replace(/\d+/g, '');
        for (let r = Number(a.replace(/\D+/g, '')); r <= Number(b.replace(/\D+/g, '')); r++) {
          expect(cells.has(`${col}${r}`)).toBe(false);
          cells.add(`${col}${r}`);
        }
      }
    }
  });

  it('the report lists all 14 activities and marks the made-up completions', async () => {
    const report = await docxText(join(out, 'report.docx'));
    for (const n of ['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '4.1', '4.2', '4.3']) {
      expect(report).toMatch(new RegExp(`(^|\\n)${n.replace('.', '\\.')}\\n`));
    }
    expect(report).toContain('срок не наступил — ноябрь 2024');
    expect(report).toContain('[ПРИМЕР — вымышленная отметка]');
    expect(report).not.toMatch(/15\.11\.2023 — 15\.11\.2023/);
  });
});
