// The .docx export: what the emulated document holds ends up in word/document.xml (text, links,
// merged cells, borders) and in the header.
import JSZip from 'jszip';
import { createEmulator } from '../../emulator';
import { docxBuffer } from '../../emulator/docx-export';

/* eslint-disable @typescript-eslint/no-explicit-any */
it('writes paragraphs, links, merged table cells and the header into the .docx', async () => {
  const emu = createEmulator({ now: '2024-06-10T10:00', oauthScopes: null });
  const g = emu.globals as any;
  const id = emu.withContext('menu', () => {
    const doc = g.DocumentApp.create('Отчёт');
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('ОТЧЁТ');
    body.appendParagraph('см. https://school.example/a').editAsText().setLinkUrl(4, 27, 'https://school.example/a');
    body.insertTable(2, [['Раздел 1', ''], ['№', 'Мероприятие']]);
    doc.addHeader().appendParagraph('МКОУ «Школа»');
    doc.saveAndClose();
    return doc.getId();
  });
  const json = emu.withContext('menu', () => g.Docs.Documents.get(id));
  const start = json.body.content.find((e: any) => e.table).startIndex;
  emu.withContext('menu', () => g.Docs.Documents.batchUpdate({ requests: [
    { mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: { index: start }, rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: 2 } } },
  ] }, id));
  const zip = await JSZip.loadAsync(await docxBuffer(emu.drive.docs.get(id)!));
  const xml = await zip.file('word/document.xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const headers = Object.keys(zip.files).filter((f) => /word\/header\d*\.xml/.test(f));
  expect(xml).toContain('ОТЧЁТ');
  expect(xml).toContain('<w:hyperlink');
  expect(rels).toContain('https://school.example/a');
  expect(xml).toMatch(/<w:gridSpan w:val="2"\/>/);
  expect(await zip.file(headers[0])!.async('string')).toContain('МКОУ «Школа»');
});
