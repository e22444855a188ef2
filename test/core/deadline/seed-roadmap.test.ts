// Every deadline of the seed roadmap, as typed, as pasted with the PDF's line breaks, and as pasted with
// trimmed lines, against the exact checkpoints expected (rows in fixtures.ts).
import { readDeadline, SEED_PLAN } from '../../../src/core/deadline';
import { SEED_ROWS } from './fixtures';

/** The pasted text with every line trimmed, as some PDF viewers copy it. */
const trimmedLines = (s: string): string => s.split('\n').map((l) => l.trim()).join('\n');

describe('the seed roadmap, plan December 2022 – December 2024', () => {
  describe.each(SEED_ROWS.map((r) => [r.item, r] as const))('%s', (_item, row) => {
    const forms: [string, string][] = [['typed', row.typed], ['pasted', row.pasted], ['pasted, lines trimmed', trimmedLines(row.pasted)]];
    it.each(forms)('%s', (_form, text) => {
      const s = readDeadline(text, SEED_PLAN);
      expect(s.kind).toBe(row.kind);
      expect(s.checkpoints.map((c) => [c.label, c.start, c.due])).toEqual(row.checkpoints);
      expect(s.explanation).toBe(row.explanation);
      if (row.warnings) for (const w of row.warnings) expect(s.warnings.some((x) => w.test(x))).toBe(true);
      else expect(s.warnings).toEqual([]);
    });
  });

  it('narrows the start to the approval date (16.12.2022) without losing December 2022', () => {
    const plan = { ...SEED_PLAN, approved: '2022-12-16' };
    expect(readDeadline('декабрь 2022', plan).checkpoints).toEqual([{ label: 'декабрь 2022', start: '2022-12-16', due: '2022-12-31' }]);
    expect(readDeadline('ежегодно (июнь, декабрь)', plan).checkpoints[0]).toEqual({ label: 'декабрь 2022', start: '2022-12-16', due: '2022-12-31' });
    expect(readDeadline('15.12.2022', plan).checkpoints).toEqual([]);
    expect(readDeadline('15.12.2022', plan).warnings.join(' ')).toMatch(/Вне периода плана/);
  });

  it('gives the same labels for the same text and plan (they are stored as keys)', () => {
    for (const row of SEED_ROWS) {
      expect(readDeadline(row.pasted, SEED_PLAN)).toEqual(readDeadline(row.pasted, SEED_PLAN));
      expect(readDeadline(row.pasted, SEED_PLAN).checkpoints).toEqual(readDeadline(row.typed, SEED_PLAN).checkpoints);
    }
  });
});
