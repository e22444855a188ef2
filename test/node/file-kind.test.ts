// What a file is, from its bytes; each kind has its own Russian message.
import { Document, Packer, Paragraph } from 'docx';
import { fileKind, extensionProblem, workbookProblem } from '../../src/node/file-kind';
import { loadWorkbook } from '../../src/node/xlsx-load';
import { bytesOf, encryptedBytes, odsBytes, typedWorkbook, xlsBytes } from './fixtures';

describe('fileKind', () => {
  it('knows a workbook, and every way a file is not one', async () => {
    const xlsx = await bytesOf(typedWorkbook());
    expect(fileKind(xlsx)).toBe('xlsx');
    expect(fileKind(new Uint8Array())).toBe('empty');
    expect(fileKind(xlsx.subarray(0, Math.floor(xlsx.length * 0.7)))).toBe('truncated');
    expect(fileKind(xlsx.subarray(0, xlsx.length - 10))).toBe('truncated');
    expect(fileKind(odsBytes())).toBe('ods');
    expect(fileKind(encryptedBytes())).toBe('encrypted');
    expect(fileKind(xlsBytes())).toBe('xls');
    expect(fileKind(new TextEncoder().encode('№;Мероприятие\n1;Приказ\n'))).toBe('not-zip');
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('отчёт')] }] })));
    expect(fileKind(docx)).toBe('other-zip');
  });

  it('gives a Russian message naming the file for each problem', () => {
    for (const kind of ['empty', 'truncated', 'ods', 'encrypted', 'xls', 'other-zip', 'not-zip'] as const) {
      const m = workbookProblem(kind, 'план.xlsx');
      expect(m).toContain('«план.xlsx»');
      expect(m).toMatch(/[а-яё]{4}/);
    }
    expect(workbookProblem('xlsx', 'план.xlsx')).toBeNull();
  });

  it('judges names before bytes: .xls and .ods are asked to be saved as .xlsx', () => {
    expect(extensionProblem('план.xls')).toContain('.xls');
    expect(extensionProblem('план.ods')).toContain('.ods');
    expect(extensionProblem('план.docx')).toContain('не таблица');
    expect(extensionProblem('план.XLSX')).toBeNull();
    expect(extensionProblem('план.csv')).toBeNull();
  });
});

describe('loadWorkbook', () => {
  it('refuses a damaged zip with a message, not an exception from the zip library', async () => {
    const xlsx = await bytesOf(typedWorkbook());
    // Keep the zip's structure but break the compressed data inside.
    const broken = xlsx.slice();
    for (let i = 200; i < broken.length - 2000; i += 97) broken[i] ^= 0x5a;
    await expect(loadWorkbook(broken, 'план.xlsx')).rejects.toThrow(/«план.xlsx»/);
    await expect(loadWorkbook(xlsx.subarray(0, 3000), 'план.xlsx')).rejects.toThrow(/обрезан/);
    await expect(loadWorkbook(odsBytes(), 'план.xlsx')).rejects.toThrow(/\.ods/);
  });
});
