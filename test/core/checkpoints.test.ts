import { checkpointColumn, numberRuns, readCheckpointSheet, syncCheckpoints, type CheckpointRow, type PlannedCheckpoint } from '../../src/core/checkpoints';
import { CHECKPOINT_HEADERS } from '../../src/text/ru';

const p = (activityKey: string, label: string, number = '1.1'): PlannedCheckpoint => ({
  key: `${activityKey}|${label}`, activityKey, activityIndex: 0, number, activity: 'A', label,
  start: '2023-06-01', due: '2023-06-30', responsible: 'ОО',
});
const row = (r: number, key: string, extra: Partial<CheckpointRow> = {}): CheckpointRow => ({
  row: r, key, number: '1.1', activity: 'A', label: key.split('|')[1] ?? '', start: '', due: '', responsible: '',
  state: '', status: '', done: '', evidence: '', comment: '', typed: false, ...extra,
});

describe('syncCheckpoints', () => {
  it('adds what is new and keeps rows in place', () => {
    const plan = syncCheckpoints([p('a', 'июнь 2023'), p('a', 'июнь 2024')], [row(2, 'a|июнь 2023')]);
    expect(plan.rows).toEqual([{ row: 2, planned: expect.objectContaining({ key: 'a|июнь 2023' }) }]);
    expect(plan.appends.map((x) => x.key)).toEqual(['a|июнь 2024']);
    expect(plan.deletes).toEqual([]);
  });

  it('keeps a row that left the plan when something is typed in it, deletes it otherwise', () => {
    const plan = syncCheckpoints([], [row(2, 'a|июнь 2023', { typed: true, status: 'Выполнено' }), row(3, 'a|июнь 2024')]);
    expect(plan.keptRemoved).toEqual([2]);
    expect(plan.rows).toEqual([{ row: 2, planned: null }]);
    expect(plan.deletes).toEqual([3]);
  });

  it('finds a renamed activity again by its number and period', () => {
    const plan = syncCheckpoints([p('new', 'июнь 2023', '2.3')], [row(5, 'old|июнь 2023', { number: '2.3', typed: true })]);
    expect(plan.rows).toEqual([{ row: 5, planned: expect.objectContaining({ key: 'new|июнь 2023' }) }]);
    expect(plan.appends).toEqual([]);
  });

  it('treats a copied row (same key twice) as not in the plan, and leaves rows without a key alone', () => {
    const plan = syncCheckpoints([p('a', 'x')], [row(2, 'a|x'), row(3, 'a|x', { typed: true }), row(4, '', { typed: true })]);
    expect(plan.rows).toEqual([{ row: 2, planned: expect.anything() }, { row: 3, planned: null }]);
    expect(plan.deletes).toEqual([]);
  });

  it('groups row numbers into runs (deleted bottom-up, protected and written per run)', () => {
    expect(numberRuns([10, 2, 3, 4, 7, 9, 3])).toEqual([{ first: 2, count: 3 }, { first: 7, count: 1 }, { first: 9, count: 2 }]);
  });
});

describe('readCheckpointSheet', () => {
  const header = Object.values(CHECKPOINT_HEADERS);
  it('finds columns by header, and marks rows with anything typed (values or formulas)', () => {
    const values = [header, ['k|x', '1.1', 'A', 'x', { date: '2023-06-01' }, { date: '2023-06-30' }, 'ОО', '', '', '', '', ''], ['k|y', '1.1', 'A', 'y', '', '', '', '', '', '', '', '']];
    const formulas = [header.map(() => ''), header.map(() => ''), header.map((_, i) => (i === 11 ? '=1+1' : ''))];
    const read = readCheckpointSheet(values, formulas);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.rows[0]).toMatchObject({ row: 2, key: 'k|x', due: '2023-06-30', typed: false });
    expect(read.rows[1].typed).toBe(true);
  });
  it('names missing columns', () => {
    const read = readCheckpointSheet([['Ключ', '№']]);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.missing).toContain('Статус');
  });
});

describe('hyperlinkFormulaUrl', () => {
  const { hyperlinkFormulaUrl } = jest.requireActual('../../src/core/checkpoints') as typeof import('../../src/core/checkpoints');
  it('reads the literal URL of HYPERLINK with either separator, any case, doubled quotes; null otherwise', () => {
    expect(hyperlinkFormulaUrl('=HYPERLINK("https://a.example/x"; "Протокол")')).toBe('https://a.example/x');
    expect(hyperlinkFormulaUrl('=hyperlink( "https://a.example/y" , "П")')).toBe('https://a.example/y');
    expect(hyperlinkFormulaUrl('=HYPERLINK("https://a.example/q?x=""1""")')).toBe('https://a.example/q?x="1"');
    expect(hyperlinkFormulaUrl('=HYPERLINK(A1; "П")')).toBeNull();
    expect(hyperlinkFormulaUrl('=HYPERLINK("")')).toBeNull();
    expect(hyperlinkFormulaUrl('https://a.example')).toBeNull();
    expect(hyperlinkFormulaUrl('')).toBeNull();
  });
});

describe('checkpointColumn (the sheet reader and onEdit find columns alike)', () => {
  it('finds a header wherever people moved it, however they retyped its case and spaces', () => {
    const header = ['', `  ${CHECKPOINT_HEADERS.status.toUpperCase()} `, 'Мои заметки', CHECKPOINT_HEADERS.done];
    expect(checkpointColumn(header, 'status')).toBe(1);
    expect(checkpointColumn(header, 'done')).toBe(3);
    expect(checkpointColumn(header, 'evidence')).toBe(-1);
  });
});
