// Fault injection: person B edits «Контрольные точки» between any two of the script's calls while
// person A's set-up re-syncs it (Apps Script cannot stop people editing while a script runs). Whatever
// B does and whenever, no mark may end up next to another checkpoint, none may be lost or doubled.
import { CHECKPOINT_HEADERS, SHEETS } from '../../src/text/ru';
import { world, type World } from '../e2e/helpers';
import { restoreBook, saveBook } from './workbook-state';

const CP = SHEETS.checkpoints;
type Kind = 'insert' | 'delete' | 'sort' | 'mark';

function header(w: World): string[] {
  return w.emu.peek(CP).displayValues[0];
}
const col = (w: World, h: string): number => header(w).indexOf(h);
const letter = (i: number): string => String.fromCharCode(65 + i);

/** The sample plan set up, six checkpoints marked, then two deadlines edited so a re-sync adds and drops rows. */
function prepared(): World {
  const w = world('2023-11-15T10:00');
  w.run('setupStructure');
  const v = w.emu.peek(CP).displayValues;
  const key = col(w, CHECKPOINT_HEADERS.key);
  const [status, done, evidence, comment] = [CHECKPOINT_HEADERS.status, CHECKPOINT_HEADERS.done, CHECKPOINT_HEADERS.evidence, CHECKPOINT_HEADERS.comment].map((h) => col(w, h));
  for (let r = 2; r <= v.length; r += 5) {
    const k = v[r - 1][key];
    w.emu.userEdit(CP, `${letter(status)}${r}`, 'Выполнено');
    w.emu.userEdit(CP, `${letter(done)}${r}`, '01.11.2023');
    w.emu.userEdit(CP, `${letter(evidence)}${r}`, `https://example.org/${r}`);
    w.emu.userEdit(CP, `${letter(comment)}${r}`, `mark:${k}`);
  }
  // New periods for 1.1 and 2.1: some untouched rows leave the plan, new ones come.
  const plan = w.emu.peek(SHEETS.roadmap).displayValues;
  const dl = plan[0].indexOf('Сроки реализации');
  for (const n of ['1.1', '2.1']) {
    const r = plan.findIndex((row) => row[0] === n);
    w.emu.userEdit(SHEETS.roadmap, `${letter(dl)}${r + 1}`, 'ежеквартально, 2024 год');
  }
  return w;
}

/** B's edit, through the back door (B is not the script: nothing of it is counted). */
function act(w: World, kind: Kind): void {
  const sheet = w.emu.spreadsheet.getSheetByName(CP);
  if (!sheet) return;
  const last = sheet.getLastRow();
  const comment = col(w, CHECKPOINT_HEADERS.comment);
  if (kind === 'insert') sheet.insertRowBefore(3);
  else if (kind === 'delete') {
    // B tidies away a row with nothing typed in it (deleting typed rows would be B's own choice).
    const v = w.emu.peek(CP).displayValues;
    const r = v.findIndex((row, i) => i > 0 && row[comment] === '' && row[col(w, CHECKPOINT_HEADERS.status)] === '');
    if (r > 0) sheet.deleteRow(r + 1);
  } else if (kind === 'sort') {
    if (last > 2) sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).sort({ column: col(w, CHECKPOINT_HEADERS.due) + 1, ascending: false });
  } else {
    const v = w.emu.peek(CP).displayValues;
    const key = col(w, CHECKPOINT_HEADERS.key);
    const r = v.findIndex((row, i) => i > 0 && row[comment] === '' && row[key] !== '');
    if (r > 0) w.emu.userEdit(CP, `${letter(comment)}${r + 1}`, `late:${v[r][key]}`);
  }
}

/** Marks by the key they were typed next to: `mark:KEY` and `late:KEY` comments must sit beside KEY, once. */
function misplaced(w: World): string[] {
  const v = w.emu.peek(CP).displayValues;
  const key = col(w, CHECKPOINT_HEADERS.key);
  const comment = col(w, CHECKPOINT_HEADERS.comment);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  v.forEach((row, i) => {
    if (i === 0) return;
    const c = row[comment];
    if (!/^(mark|late):/.test(c)) return;
    seen.set(c, (seen.get(c) ?? 0) + 1);
    const k = c.slice(c.indexOf(':') + 1);
    if (row[key] !== k) problems.push(`row ${i + 1}: «${c}» beside key ${row[key] || '(none)'}`);
  });
  for (const [c, n] of seen) if (n > 1) problems.push(`«${c}» ${n} times`);
  const keys = new Map<string, number>();
  v.forEach((row, i) => i > 0 && row[key] && keys.set(row[key], (keys.get(row[key]) ?? 0) + 1));
  for (const [k, n] of keys) if (n > 1) problems.push(`key ${k} on ${n} rows`);
  return problems;
}

function lateMarks(w: World): string[] {
  const comment = col(w, CHECKPOINT_HEADERS.comment);
  return w.emu.peek(CP).displayValues.map((r) => r[comment]).filter((c) => c.startsWith('late:')).sort();
}

function marksOf(w: World): string[] {
  const comment = col(w, CHECKPOINT_HEADERS.comment);
  return w.emu.peek(CP).displayValues.map((r) => r[comment]).filter((c) => c.startsWith('mark:')).sort();
}

describe('re-sync while another person edits the checkpoints sheet', () => {
  const w = prepared();
  const saved = saveBook(w.emu);
  const marks = marksOf(w);
  const rowsBefore = w.emu.peek(CP).displayValues.length;
  const calls = w.emu.calls.measure(() => w.run('setupStructure')).total;
  const rowsAfter = w.emu.peek(CP).displayValues.length;
  const dryProblems = misplaced(w);

  it('the scenario really re-syncs: rows are added and dropped, marks are typed, nothing is out of place without B', () => {
    expect(marks.length).toBeGreaterThanOrEqual(6);
    expect(rowsAfter).not.toBe(rowsBefore);
    expect(calls).toBeGreaterThan(20);
    expect(dryProblems).toEqual([]);
  });

  for (const kind of ['insert', 'delete', 'sort', 'mark'] as Kind[]) {
    it(`${kind} at every one of the set-up's calls: no mark moved, lost or doubled`, () => {
      const failures: string[] = [];
      for (let at = 0; at < calls; at++) {
        restoreBook(w.emu, saved);
        let n = 0;
        let method = '';
        w.emu.calls.beforeCall = (m) => {
          if (n++ === at) {
            method = m;
            act(w, kind);
          }
        };
        w.run('setupStructure');
        w.emu.calls.beforeCall = null;
        const late = lateMarks(w);
        const problems = misplaced(w);
        if (marksOf(w).join() !== marks.join()) problems.push(`marks now ${marksOf(w).length}, were ${marks.length}`);
        // A row someone's insert pushed out of a range being read may come out twice: the next set-up tidies it.
        if (kind === 'mark' && method && late.length !== 1) problems.push(`B's mark: ${late.length} after the run`);
        if (problems.some((p) => p.startsWith('key '))) {
          w.run('setupStructure');
          const kept = problems.filter((p) => !p.startsWith('key '));
          problems.splice(0, problems.length, ...kept, ...misplaced(w).map((p) => `after the next set-up: ${p}`));
        }
        if (lateMarks(w).join() !== late.join()) problems.push(`B's mark lost: ${late.join()} → ${lateMarks(w).join()}`);
        if (problems.length) failures.push(`before call ${at} (${method}): ${problems.join('; ')}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
