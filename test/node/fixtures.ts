// Workbooks and byte strings for the file-shell tests, made in memory.
import * as ExcelJS from 'exceljs';

/** A workbook with every kind of typed cell a school's file holds. */
export function typedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Дорожная карта');
  ws.addRow(['План мероприятий']);
  ws.mergeCells('A1:E1');
  ws.addRow(['№ п/п', 'Наименование мероприятия', 'Сроки реализации', 'Ответственные', 'Ожидаемый результат']);
  ws.addRow(['1.1', { richText: [{ text: 'Приказ ', font: { bold: true } }, { text: 'о наставничестве', font: { color: { argb: 'FFFF0000' }, italic: true } }] }, 'ежегодно (июнь, декабрь)', 'ОО', { text: 'приказ', hyperlink: 'https://school.example/prikaz' }]);
  ws.addRow(['1.2', 'Положение', new Date(Date.UTC(2023, 8, 1)), { error: '#N/A' }, { formula: 'HYPERLINK("https://x.example/a","ссылка")', result: 'ссылка' }]);
  ws.getCell('C4').numFmt = 'dd.mm.yyyy';
  ws.getCell('B4').font = { name: 'Times New Roman', size: 14, bold: true };
  ws.getCell('B4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('B4').border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  ws.addRow([2, 3, { formula: 'A5+B5', result: 5 }, true, 0.25]);
  ws.getCell('E5').numFmt = '0%';
  ws.getColumn(2).width = 50;
  const other = wb.addWorksheet('Мой лист');
  other.getCell('A1').value = 'Не трогать';
  other.getCell('B2').value = { error: '#DIV/0!' };
  other.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  return wb;
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** The first local-file header of an ODF package: the «mimetype» entry, stored. */
export function odsBytes(): Uint8Array {
  const mime = ascii('application/vnd.oasis.opendocument.spreadsheet');
  const header = [0x50, 0x4b, 0x03, 0x04, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, mime.length, 0, 0, 0, mime.length, 0, 0, 0, 8, 0, 0, 0];
  return new Uint8Array([...header, ...ascii('mimetype'), ...mime, ...new Array(200).fill(0)]);
}

/** A compound file as Office writes an encrypted workbook: the header and an «EncryptionInfo» stream name. */
export function encryptedBytes(): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  const name = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]);
  return new Uint8Array([...head, ...name, ...new Array(100).fill(0)]);
}

export function xlsBytes(): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  const name = [...'Workbook'].flatMap((c) => [c.charCodeAt(0), 0]);
  return new Uint8Array([...head, ...name, ...new Array(100).fill(0)]);
}

/** Every cell of every sheet as exceljs models it: value, style, note. */
export function everything(wb: ExcelJS.Workbook, skip: (sheet: string, address: string) => boolean = () => false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      if (skip(ws.name, cell.address)) return;
      out[`${ws.name}!${cell.address}`] = JSON.parse(JSON.stringify({ v: cell.value, t: cell.type, s: cell.style, n: cell.note ?? null }));
    }));
    out[`${ws.name}:columns`] = ws.columns?.slice(0, 5).map((c) => c.width ?? null);
    out[`${ws.name}:merges`] = Object.keys((ws as unknown as { _merges: object })._merges).sort();
  }
  return out;
}

