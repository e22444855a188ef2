// DocumentApp, the Docs API and Drive on the emulator: the semantics the report relies on, and the
// error texts a script sees.
import { createEmulator, type Emulator } from '../../emulator';
import { MISSING_DOCUMENT } from '../../emulator/document/document-app';
import { re2ToRegExp } from '../../emulator/document/re2';
import { DRIVE_FILE_SCOPE, MIME } from '../../emulator/drive';

/* eslint-disable @typescript-eslint/no-explicit-any */
const DOCS = 'https://www.googleapis.com/auth/documents';

function setup(scopes: string[] | null = [DOCS, DRIVE_FILE_SCOPE]): { emu: Emulator; g: any } {
  const emu = createEmulator({ now: '2024-06-10T10:00', oauthScopes: scopes });
  return { emu, g: emu.globals as any };
}
const run = <T>(emu: Emulator, fn: () => T): T => emu.withContext('menu', fn);

describe('DocumentApp', () => {
  it('builds paragraphs, tables, header and footer; saveAndClose makes them visible to others', () => {
    const { emu, g } = setup();
    const id = run(emu, () => {
      const doc = g.DocumentApp.create('Проба');
      const body = doc.getBody();
      body.getChild(0).asParagraph().setText('Заголовок').setHeading(g.DocumentApp.ParagraphHeading.HEADING1);
      body.appendParagraph('Текст {{Дата}}');
      body.insertTable(1, [['№', 'Мероприятие'], ['1.1', 'Педсовет']]);
      doc.addHeader().appendParagraph('{{Организация}}');
      doc.addFooter().getChild(0).asParagraph().setText('Стр.');
      expect(body.getNumChildren()).toBe(3);
      expect(body.getChild(1).getType()).toBe('TABLE');
      doc.saveAndClose();
      expect(() => body.appendParagraph('после закрытия')).toThrow('Document is closed, its contents cannot be updated.');
      return doc.getId();
    });
    const saved = emu.drive.docs.get(id)!;
    expect(saved.body.children.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(saved.header!.children.map((b) => (b as any).text)).toEqual(['', '{{Организация}}']);
    expect(emu.drive.pathOf(id)).toBe('Мой диск');
  });

  it('replaceText: RE2 pattern (as a string) matched within one text element, replacement literal', () => {
    const { emu, g } = setup();
    run(emu, () => {
      const body = g.DocumentApp.create('R').getBody();
      body.getChild(0).asParagraph().setText('Дата: {{Дата}}, снова {{Дата}}');
      body.appendParagraph('{{Да');
      body.appendParagraph('та}}');
      body.replaceText('\\{\\{Дата\\}\\}', '10.06.2024');
      body.replaceText('(?i)ДАТА:', 'Число: $1');
      // A pattern cannot span two paragraphs: the split placeholder stays.
      body.replaceText('\\{\\{Да\\s*та\\}\\}', 'X');
      expect(body.getText()).toBe('Число: $1 10.06.2024, снова 10.06.2024\n{{Да\nта}}');
      expect(() => body.replaceText('(a)\\1', 'b')).toThrow(/Invalid regular expression/);
    });
  });

  it('keeps the style of replaced text and sets links and bold on ranges', () => {
    const { emu, g } = setup();
    run(emu, () => {
      const p = g.DocumentApp.create('S').getBody().getChild(0).asParagraph();
      p.setText('см. https://school.example/a');
      const t = p.editAsText();
      t.setBold(0, 2, true);
      t.setLinkUrl(4, 27, 'https://school.example/a');
      expect([t.isBold(0), t.isBold(5), t.getLinkUrl(10), t.getLinkUrl(0)]).toEqual([true, null, 'https://school.example/a', null]);
      p.replaceText('см\\.', 'смотри');
      expect(t.isBold(0)).toBe(true);
      expect(t.getText()).toBe('смотри https://school.example/a');
    });
  });

  it('findText walks text elements; the chain to a paragraph index costs one call each', () => {
    const { emu, g } = setup();
    run(emu, () => {
      const body = g.DocumentApp.create('F').getBody();
      body.appendParagraph('до');
      body.appendParagraph('{{Таблица}}');
      const m = emu.calls.measure(() => body.getChildIndex(body.findText('\\{\\{Таблица\\}\\}').getElement().getParent()));
      expect(m.result).toBe(2);
      expect(m.byMethod).toEqual({ 'ContainerElement.findText': 1, 'RangeElement.getElement': 1, 'Text.getParent': 1, 'ContainerElement.getChildIndex': 1 });
      expect(body.findText('нет такого')).toBeNull();
    });
  });

  it('openById of a deleted or foreign document throws Google\'s text; a missing scope throws the permission error', () => {
    const { emu, g } = setup();
    const f = emu.drive.addDocument('Чужой', emu.drive.rootId, false);
    f.userAccess = false;
    run(emu, () => expect(() => g.DocumentApp.openById(f.id)).toThrow(MISSING_DOCUMENT));
    run(emu, () => expect(() => g.DocumentApp.openById('1nope')).toThrow(MISSING_DOCUMENT));
    const narrow = setup(['https://www.googleapis.com/auth/spreadsheets.currentonly']);
    run(narrow.emu, () => expect(() => narrow.g.DocumentApp.create('x')).toThrow(
      'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents'));
  });

  it('getAs(PDF) gives a PDF blob named after the document', () => {
    const { emu, g } = setup();
    run(emu, () => {
      const doc = g.DocumentApp.create('Отчёт');
      doc.getBody().appendParagraph('Итого');
      const blob = doc.getAs('application/pdf');
      expect([blob.getName(), blob.getContentType(), blob.getDataAsString().startsWith('%PDF-')]).toEqual(['Отчёт.pdf', MIME.pdf, true]);
    });
  });
});

describe('Docs API', () => {
  function docWithTable(emu: Emulator, g: any): string {
    return run(emu, () => {
      const doc = g.DocumentApp.create('T');
      doc.getBody().getChild(0).asParagraph().setText('A');
      doc.getBody().insertTable(1, [['a', 'b'], ['c', 'd']]);
      doc.saveAndClose();
      return doc.getId();
    });
  }

  it('reports structural indexes as Google documents them (cells of a table at 2 hold text at 5, 7, 10, 12)', () => {
    const { emu, g } = setup();
    const id = run(emu, () => {
      const doc = g.DocumentApp.create('I');
      doc.getBody().insertTable(0, [['', ''], ['', '']]);
      doc.getBody().insertParagraph(0, '');
      doc.saveAndClose();
      return doc.getId();
    });
    const json = run(emu, () => g.Docs.Documents.get(id));
    const table = json.body.content[2];
    expect(table.startIndex).toBe(2);
    const starts = table.table.tableRows.flatMap((r: any) => r.tableCells.map((c: any) => c.content[0].startIndex));
    expect(starts).toEqual([5, 7, 10, 12]);
    expect(table.endIndex).toBe(14);
  });

  it('sees only saved content: DocumentApp edits appear after saveAndClose', () => {
    const { emu, g } = setup();
    run(emu, () => {
      const doc = g.DocumentApp.create('Stale');
      doc.getBody().getChild(0).asParagraph().setText('новое');
      const before = g.Docs.Documents.get(doc.getId());
      doc.saveAndClose();
      const after = g.Docs.Documents.get(doc.getId());
      expect(before.body.content[1].paragraph.elements[0].textRun.content).toBe('\n');
      expect(after.body.content[1].paragraph.elements[0].textRun.content).toBe('новое\n');
    });
  });

  it('batchUpdate styles, merges and replaces; an invalid request applies nothing', () => {
    const { emu, g } = setup();
    const id = docWithTable(emu, g);
    const json = run(emu, () => g.Docs.Documents.get(id));
    const t = json.body.content[2];
    const cell = t.table.tableRows[0].tableCells[0].content[0];
    const loc = { tableStartLocation: { index: t.startIndex }, rowIndex: 0, columnIndex: 0 };
    run(emu, () => g.Docs.Documents.batchUpdate({ requests: [
      { updateTextStyle: { range: { startIndex: cell.startIndex, endIndex: cell.endIndex }, textStyle: { bold: true, link: { url: 'https://x.example' } }, fields: 'bold,link' } },
      { updateTableCellStyle: { tableRange: { tableCellLocation: loc, rowSpan: 1, columnSpan: 2 }, tableCellStyle: { backgroundColor: { color: { rgbColor: { red: 1, green: 1, blue: 1 } } } }, fields: 'backgroundColor' } },
      { mergeTableCells: { tableRange: { tableCellLocation: loc, rowSpan: 1, columnSpan: 2 } } },
      { replaceAllText: { containsText: { text: 'A', matchCase: true }, replaceText: 'Заголовок' } },
    ] }, id));
    const saved = emu.drive.docs.get(id)!;
    const table = saved.body.children[1] as any;
    expect(table.rows[0].cells.map((c: any) => [c.text, c.colSpan, c.background])).toEqual([['a\nb', 2, '#ffffff'], ['', 0, '#ffffff']]);
    expect(table.rows[0].cells[0].children[0].runs[0].style).toEqual({ bold: true, link: 'https://x.example' });
    expect((saved.body.children[0] as any).text).toBe('Заголовок');
    const before = JSON.stringify(run(emu, () => g.Docs.Documents.get(id)));
    expect(() => run(emu, () => g.Docs.Documents.batchUpdate({ requests: [
      { replaceAllText: { containsText: { text: 'Заголовок', matchCase: true }, replaceText: 'X' } },
      { updateTextStyle: { range: { startIndex: 1, endIndex: 9999 }, textStyle: { bold: true }, fields: 'bold' } },
    ] }, id))).toThrow(/^API call to docs\.documents\.batchUpdate failed with error: Invalid requests\[1\]\.updateTextStyle: Index 9998 must be less than the end index/);
    expect(JSON.stringify(run(emu, () => g.Docs.Documents.get(id)))).toBe(before);
  });

  it('row styles and the page: preventOverflow and pinned header rows read back; tableHeader in a row-style mask, an unset orientation and unknown fields are refused', () => {
    const { emu, g } = setup();
    const id = docWithTable(emu, g);
    const json = run(emu, () => g.Docs.Documents.get(id));
    expect(json.documentStyle.pageSize).toEqual({ width: { magnitude: 595.2756, unit: 'PT' }, height: { magnitude: 841.8898, unit: 'PT' } });
    expect(json.documentStyle.flipPageOrientation).toBeUndefined();
    const tableStartLocation = { index: json.body.content[2].startIndex };
    const batch = (requests: unknown[]) => run(emu, () => g.Docs.Documents.batchUpdate({ requests }, id));
    batch([
      { updateTableRowStyle: { tableStartLocation, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
      { pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: 1 } },
      { updateDocumentStyle: { documentStyle: { flipPageOrientation: true }, fields: 'flipPageOrientation' } },
    ]);
    const after = run(emu, () => g.Docs.Documents.get(id));
    expect(after.body.content[2].table.tableRows.map((r: any) => [r.tableRowStyle.preventOverflow, r.tableRowStyle.tableHeader ?? false])).toEqual([[true, true], [true, false]]);
    expect(after.documentStyle.flipPageOrientation).toBe(true);
    const refused = (request: unknown): string => {
      try { batch([request]); } catch (e) { return (e as Error).message; }
      return 'accepted';
    };
    expect(refused({ updateTableRowStyle: { tableStartLocation, tableRowStyle: { tableHeader: true }, fields: 'tableHeader' } })).toMatch(/unallowed field: tableHeader/);
    expect(refused({ updateTableRowStyle: { tableStartLocation, tableRowStyle: { preventOverflow: true } } })).toMatch(/At least one field/);
    expect(refused({ updateTableRowStyle: { tableStartLocation, rowIndices: [2], tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } })).toMatch(/Row index 2 is out of range/);
    expect(refused({ updateTableRowStyle: { tableStartLocation: { index: 1 }, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } })).toMatch(/table start location is invalid/);
    expect(refused({ updateDocumentStyle: { documentStyle: {}, fields: 'flipPageOrientation' } })).toMatch(/flipPageOrientation must be set/);
    expect(refused({ updateDocumentStyle: { documentStyle: { defaultHeaderId: 'x' }, fields: 'defaultHeaderId' } })).toMatch(/Invalid field mask: defaultHeaderId/);
    expect(refused({ updateDocumentStyle: { documentStyle: { marginLeft: { magnitude: 500, unit: 'PT' }, marginRight: { magnitude: 400, unit: 'PT' } }, fields: 'marginLeft,marginRight' } })).toMatch(/no room for text/);
  });
});

describe('Drive API (v3) under drive.file', () => {
  it('sees files the script created, not the spreadsheet or other files, with Google\'s 404 text', () => {
    const { emu, g } = setup();
    const ssId = emu.env.options.spreadsheetId;
    run(emu, () => {
      expect(() => g.Drive.Files.get(ssId)).toThrow(`API call to drive.files.get failed with error: File not found: ${ssId}.`);
      const folder = g.Drive.Files.create({ name: 'Отчёты', mimeType: MIME.folder, appProperties: { k: 'v' } }, undefined, { fields: 'id,webViewLink' });
      expect(Object.keys(folder)).toEqual(['id', 'webViewLink']);
      const found = g.Drive.Files.list({ q: `mimeType = '${MIME.folder}' and trashed = false and appProperties has { key='k' and value='v' }`, fields: 'files(id)' });
      expect(found.files.map((f: any) => f.id)).toEqual([folder.id]);
    });
    emu.drive.grant(ssId);
    run(emu, () => expect(g.Drive.Files.get(ssId, { fields: 'parents' }).parents).toHaveLength(1));
  });

  it('copies a document with its contents into a folder; trash hides it from q trashed = false', () => {
    const { emu, g } = setup();
    run(emu, () => {
      const tpl = g.DocumentApp.create('Шаблон');
      tpl.getBody().getChild(0).asParagraph().setText('{{Организация}}');
      tpl.saveAndClose();
      const folder = g.Drive.Files.create({ name: 'Отчёты', mimeType: MIME.folder });
      const copy = g.Drive.Files.copy({ name: 'Отчёт', parents: [folder.id] }, tpl.getId(), { fields: 'id,name,mimeType,webViewLink' });
      expect(copy.webViewLink).toBe(`https://docs.google.com/document/d/${copy.id}/edit?usp=drivesdk`);
      expect(g.DocumentApp.openById(copy.id).getBody().getText()).toBe('{{Организация}}');
      g.Drive.Files.update({ trashed: true }, folder.id);
      expect(g.Drive.Files.list({ q: `trashed = false and mimeType = '${MIME.folder}'` }).files).toHaveLength(0);
      emu.drive.deleteForever(tpl.getId());
      expect(() => g.Drive.Files.copy({}, tpl.getId())).toThrow(`File not found: ${tpl.getId()}.`);
    });
  });
});

describe('RE2 translation', () => {
  it('maps RE2-only syntax to JavaScript and rejects what RE2 rejects', () => {
    expect(re2ToRegExp('\\Q{{a.b}}\\E').test('{{a.b}}')).toBe(true);
    expect(re2ToRegExp('(?P<y>\\d{4})').exec('в 2024 г.')?.groups?.y).toBe('2024');
    expect(re2ToRegExp('[[:digit:]]+').exec('№ 15')?.[0]).toBe('15');
    expect(re2ToRegExp('\\Aначало').test('начало строки')).toBe(true);
    expect(() => re2ToRegExp('a(?=b)')).toThrow('lookaround');
    expect(() => re2ToRegExp('(a)\\1')).toThrow('backreferences');
  });
});
