// CSV plans: encoding and delimiter decided from the whole file; a title line above the header allowed.
import fc from 'fast-check';
import { csvDelimiter, decodeCsv, parseCsv, readCsvRows, CSV_DELIMITERS } from '../../src/node/csv';

const HEADER = ['№ п/п', 'Наименование мероприятия', 'Сроки реализации', 'Ответственные'];
const ROWS = [
  ['1.1', 'Приказ о внедрении системы наставничества', 'январь, февраль 2023', 'ОО'],
  ['1.2', 'Положение о наставничестве', 'ежегодно (июнь, декабрь)', 'Заместитель директора по УВР'],
  ['1.3', 'Дорожная карта', 'I квартал 2023', 'ОО, куратор'],
];

/** As a spreadsheet program writes it: quotes only where the field needs them. */
function write(rows: string[][], d: string, eol = '\r\n'): string {
  const q = (f: string): string => (f.includes(d) || f.includes('"') || /[\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(q).join(d)).join(eol) + eol;
}

/** Windows-1251 bytes of Russian text (the encoder Node lacks, for the letters used here). */
function cp1251(text: string): Uint8Array {
  return new Uint8Array([...text].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    if (c === 0x2116) return 0xb9;
    throw new Error(`no cp1251 for ${ch}`);
  }));
}

describe('parseCsv', () => {
  it('reads back any table written with any delimiter (quotes, delimiters and line breaks inside fields)', () => {
    const field = fc.string({ unit: fc.constantFrom('а', 'б', 'Ё', '1', ' ', ',', ';', '\t', '|', '"', '\n', '\r\n', '.') });
    fc.assert(fc.property(
      fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(...CSV_DELIMITERS),
      (rows, d) => {
        // A row that is one empty field is written as an empty line and reads back as one empty field too.
        expect(parseCsv(write(rows, d), d)).toEqual(rows);
      },
    ));
  });
});

describe('csvDelimiter', () => {
  it('is decided by the whole file: a title line, commas inside ;-separated cells, tabs', () => {
    const title = [['План мероприятий по внедрению наставничества на 2023 год']];
    for (const d of [';', '\t', ',']) {
      const text = write([...title, [], HEADER, ...ROWS], d);
      expect(csvDelimiter(text)).toBe(d);
    }
    // Excel's «CSV (разделители — точка с запятой)» does not quote a comma: the first line alone would say ','.
    const unquoted = ['План, 2023 год, ОО «Школа»', HEADER.join(';'), ...ROWS.map((r) => r.join(';'))].join('\n');
    expect(csvDelimiter(unquoted)).toBe(';');
  });

  it('finds the same delimiter for any plan with a title line above it', () => {
    fc.assert(fc.property(
      fc.constantFrom(';', '\t', ','),
      fc.string({ unit: fc.constantFrom('П', 'л', 'а', 'н', ' ', ',', ';', '2') }),
      fc.integer({ min: 2, max: 6 }),
      (d, titleText, n) => {
        const rows = [[titleText], HEADER, ...Array.from({ length: n }, (_, i) => ROWS[i % ROWS.length])];
        expect(csvDelimiter(write(rows, d))).toBe(d);
      },
    ));
  });
});

describe('readCsvRows', () => {
  it('reads UTF-8 with and without BOM and Windows-1251 alike', () => {
    const text = write([['Дорожная карта'], HEADER, ...ROWS], ';');
    const utf8 = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const ansi = cp1251(text);
    const want = [['Дорожная карта'], HEADER, ...ROWS];
    expect(readCsvRows(utf8, 'п.csv')).toEqual({ rows: want, encoding: 'utf-8', delimiter: ';' });
    expect(readCsvRows(bom, 'п.csv')).toEqual({ rows: want, encoding: 'utf-8', delimiter: ';' });
    expect(readCsvRows(ansi, 'п.csv')).toEqual({ rows: want, encoding: 'windows-1251', delimiter: ';' });
    expect(decodeCsv(cp1251('ёЁ№')).text).toBe('ёЁ№');
  });

  it('refuses an empty file and a binary one in Russian', () => {
    expect(() => readCsvRows(new Uint8Array(), 'п.csv')).toThrow(/пустой/);
    expect(() => readCsvRows(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]), 'п.csv')).toThrow(/не текст CSV/);
  });
});
