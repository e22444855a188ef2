// The bench's Apps Script cost model (bench/cost-model.ts): which calls are round trips, which are buffered.
import { CELL_MS, modelCost, READ_MS, WRITE_MS } from '../../bench/cost-model';

const counts = (byMethod: Record<string, number>) => ({ total: Object.values(byMethod).reduce((a, b) => a + b, 0), byService: {}, byMethod });

describe('Apps Script cost model', () => {
  it('a read is a round trip, a handle is free, Sheets writes are buffered and go out once', () => {
    const c = modelCost(counts({ 'Sheet.getRange': 3, 'Range.getValues': 2, 'Range.setValues': 4 }), 100, 40);
    expect(c).toMatchObject({ roundTrips: 3, writeCalls: 4, cellsRead: 100, cellsWritten: 40 });
    expect(c.modelledSeconds).toBeCloseTo((3 * READ_MS + 4 * WRITE_MS + 140 * CELL_MS) / 1000, 2);
  });

  it('a forced flush, every Drive or Docs request, saving a document and sending a letter are round trips', () => {
    const c = modelCost(counts({
      'SpreadsheetApp.flush': 2, 'Files.create': 1, 'Files.copy': 1, 'Documents.batchUpdate': 1, 'Document.saveAndClose': 1,
      'DocumentApp.openById': 1, 'MailApp.sendEmail': 3, 'Paragraph.setAttributes': 10,
    }), 0, 0);
    expect(c).toMatchObject({ roundTrips: 2 + 1 + 1 + 1 + 1 + 1 + 3 + 1, writeCalls: 10 });
  });
});
