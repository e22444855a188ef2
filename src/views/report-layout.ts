// How wide the report's table columns are, from their text: shared by the .docx view and the Google Docs
// requests, so no word is broken inside a cell on either. Pure arithmetic on the table's cells.
import type { TableSpec } from './report-doc';

/**
 * Column widths in points for a landscape page: each column at least as wide as its longest word (so no
 * word is broken inside), the rest shared in proportion to how much text the column holds.
 */
export function columnWidths(spec: TableSpec, total: number, fontPt: number): number[] {
  const cols = spec.cells[0].length;
  const body = spec.cells.slice(1, spec.kind === 'section' ? -1 : undefined); // title and progress rows span all columns
  const pad = 12; // cell margins left + right, and a little air
  // Times New Roman: an average Cyrillic letter is about 0.5 em, capitals and bold a little more.
  const min: number[] = new Array(cols).fill(0);
  const mass: number[] = new Array(cols).fill(1);
  // Loops, not spreads: a section table of a large plan has thousands of cells.
  body.forEach((row, r) => {
    const perLetter = fontPt * (r === 0 ? 0.58 : 0.52);
    for (let c = 0; c < cols; c++) {
      const text = row[c] ?? '';
      const longest = longestWord(text) * perLetter;
      if (longest > min[c]) min[c] = longest;
      if (r > 0) mass[c] += text.length;
    }
  });
  for (let c = 0; c < cols; c++) min[c] += pad;
  const spare = Math.max(0, total - min.reduce((a, b) => a + b, 0));
  const massSum = mass.reduce((a, b) => a + b, 0);
  // Share the spare room by text mass (a row is as tall as its fullest cell, so room goes where the text is).
  const weight = mass.map((m) => m / massSum);
  const wSum = weight.reduce((a, b) => a + b, 0);
  const widths = min.map((m, c) => m + (spare * weight[c]) / wSum);
  const scale = total / widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.floor(w * scale));
}

/** Letters in the longest word of a cell (a web address counts in its breakable pieces). */
function longestWord(text: string): number {
  let longest = 0;
  for (const w of (text.includes('://') ? breakable(text) : text).split(/[\s\u200b]+/)) if (w.length > longest) longest = w.length;
  return longest;
}

/** A web address may wrap after «/», «.», «-», «_», «?», «&», «=» (zero-width spaces), never inside a word of text. */
export function breakable(text: string): string {
  if (!text.includes('http')) return text; // most cells: no address, no new string
  return text.replace(/https?:\/\/\S+/g, (url) => url.replace(/([/.\-_?&=])(?=[^/.\-_?&=])/g, '$1\u200b'));
}

/**
 * Widths for every table of a report, in order: the section tables share one set (they have the same columns,
 * and a report whose columns jump from table to table reads badly), computed from the text of all of them; the
 * overdue list has its own.
 */
export function reportTableWidths(specs: TableSpec[], total: number, fontPt: number): number[][] {
  const sections = specs.filter((t) => t.kind === 'section');
  const [first] = sections;
  const shared = first
    ? columnWidths({ ...first, cells: [first.cells[0], first.cells[1], ...sections.flatMap((t) => t.cells.slice(2, -1)), first.cells[0]] }, total, fontPt)
    : [];
  return specs.map((spec) => (spec.kind === 'section' ? shared : columnWidths(spec, total, fontPt)));
}
