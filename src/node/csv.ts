// A CSV file as a one-sheet snapshot. Encoding and delimiter are decided from the whole file, not its
// first line: Russian Excel writes «;» and Windows-1251, LibreOffice UTF-8 (with or without BOM), and
// many plans carry a title line («План мероприятий…») above the header. Every cell stays the text it
// is ("1.1" stays "1.1"). Runs in Node and in the browser (TextDecoder).
import { FILES, SHEETS, type WorkbookSnapshot } from '../core';
import { FileProblem } from './file-kind';
import { FILE_TIME_ZONE } from './xlsx-snapshot';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'windows-1251';

/** UTF-8 when every byte sequence is valid UTF-8 (cp1251 Cyrillic never is), else Windows-1251. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  // Excel's «Текст Юникод» is UTF-16 LE with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\ufeff/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/** RFC 4180 fields with the given delimiter; quotes may hold delimiters and line breaks. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"' && field === '') { quoted = true; i++; continue; }
    if (ch === delimiter) { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' || ch === '\n') {
      row.push(field); rows.push(row); row = []; field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * The delimiter under which most rows of the whole file have the same number of fields (at least two);
 * a title line, a blank line or a stray comma inside a ;-separated cell does not decide it.
 */
export function csvDelimiter(text: string): string {
  let best: { d: string; rows: number; fields: number } = { d: ';', rows: 0, fields: 0 };
  for (const d of CSV_DELIMITERS) {
    const counts = new Map<number, number>();
    for (const row of parseCsv(text, d)) {
      if (row.length < 2) continue;
      counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    for (const [fields, rows] of counts) {
      if (rows > best.rows || (rows === best.rows && fields > best.fields)) best = { d, rows, fields };
    }
  }
  return best.d;
}

/** The rows of a CSV file's bytes, trailing empty cells and rows dropped. */
export function readCsvRows(bytes: Uint8Array, name: string): { rows: string[][]; encoding: CsvEncoding; delimiter: string } {
  const head = bytes.subarray(0, 8000);
  if (head.includes(0) && !(head[0] === 0xff && head[1] === 0xfe)) throw new FileProblem(FILES.csvBinary(name));
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = csvDelimiter(text);
  const rows = parseCsv(text, delimiter).map((r) => {
    let end = r.length;
    while (end > 0 && r[end - 1].trim() === '') end--;
    return r.slice(0, end);
  });
  while (rows.length && !rows[rows.length - 1].length) rows.pop();
  if (!rows.length) throw new FileProblem(FILES.csvEmpty(name));
  return { rows, encoding, delimiter };
}

/** The rows as a snapshot of one sheet, «Дорожная карта». */
export function csvSnapshot(rows: string[][]): WorkbookSnapshot {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  return { timeZone: FILE_TIME_ZONE, sheets: [{ name: SHEETS.roadmap, values, formulas: values.map((r) => r.map(() => '')), links: values.map((r) => r.map(() => null)), mergedRows: [] }] };
}
