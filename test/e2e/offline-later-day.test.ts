// A file the offline command made on one day, opened on a later day: the colours are live (TODAY() rules)
// while the state column is text written on the day of the run. Both must tell one story: a state that
// time alone changes («В плане», «Скоро срок») names the day it was computed, so a row that has turned
// red since reads «На 15.11.2023: в плане», never a bare «В плане».
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../../emulator';
import { loadXlsx } from '../../emulator/workbook-files';
import { world } from './helpers';
import { COLOURS } from '../../src/views/colours';
import { ACTIVITY_STATES, CHECKPOINT_HEADERS, CHECKPOINT_STATES, ROLLUP_HEADERS, SHEETS } from '../../src/text/ru';

jest.setTimeout(60000);

const CLI = join(__dirname, '../../bin/roadmap-tracker.js');

function run(args: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr || r.stdout);
  return r.stdout;
}

type Colour = 'overdue' | 'soon' | 'done' | 'grey' | 'none';
const colourOf = (bg: string): Colour =>
  bg === COLOURS.overdue ? 'overdue' : bg === COLOURS.soon ? 'soon' : bg === COLOURS.done ? 'done' : bg === COLOURS.grey ? 'grey' : 'none';

interface Row { row: number; state: string; colour: Colour }

/** The file as a person sees it on `day`: each row's state text and the colour its rules give on that day. */
async function seenOn(file: string, day: string, sheet: string, stateHeader: string): Promise<Row[]> {
  const emu = createEmulator({ now: `${day}T09:00` });
  await loadXlsx(emu, file);
  const peek = emu.peek(sheet);
  const headerRow = peek.displayValues.findIndex((r) => r.includes(stateHeader)) + 1;
  expect(headerRow).toBeGreaterThan(0);
  const col = peek.displayValues[headerRow - 1].indexOf(stateHeader);
  const rendered = emu.renderedBackgrounds(sheet, day);
  const rows: Row[] = [];
  peek.displayValues.forEach((values, i) => {
    if (i < headerRow || values[col] === '') return;
    rows.push({ row: i + 1, state: values[col], colour: colourOf(rendered[i]?.[col] ?? "") });
  });
  return rows;
}

const RUN_DAY = '15.11.2023';
const bareDayStates: string[] = [CHECKPOINT_STATES.planned, CHECKPOINT_STATES.soon, ACTIVITY_STATES.planned, ACTIVITY_STATES.soon];

describe(`a file made with --today ${RUN_DAY}, opened later`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-later-'));
  const file = join(dir, 'план.xlsx');
  const sheets = (): [string, string][] => [[SHEETS.checkpoints, CHECKPOINT_HEADERS.state], [SHEETS.roadmap, ROLLUP_HEADERS.state]];

  beforeAll(() => {
    run([file, '--new', '--today', RUN_DAY], dir);
  });

  it.each(['2024-03-01', '2025-01-10'])('on %s every red or yellow row says it is overdue or on which day its state was computed', async (later) => {
    const bare: string[] = [];
    const untold: string[] = [];
    let turned = 0;
    for (const [sheet, header] of sheets()) {
      for (const r of await seenOn(file, later, sheet, header)) {
        const where = `${sheet}!${r.row}: «${r.state}», ${r.colour}`;
        // No bare «В плане» / «Скоро срок» anywhere: the cell cannot claim today's state.
        if (bareDayStates.includes(r.state)) bare.push(where);
        if (r.colour === 'overdue' || r.colour === 'soon') {
          if (r.state !== CHECKPOINT_STATES.overdue && !r.state.startsWith(`На ${RUN_DAY}: `)) untold.push(where);
          else if (r.state !== CHECKPOINT_STATES.overdue) turned++;
        }
      }
    }
    expect(bare).toEqual([]);
    expect(untold).toEqual([]);
    // Not a vacuous check: rows that were in the plan on the day of the run are red or yellow now.
    expect(turned).toBeGreaterThan(5);
  });

  it('on the day of the run the colours and the words agree row by row', async () => {
    for (const [sheet, header] of sheets()) {
      const rows = await seenOn(file, '2023-11-15', sheet, header);
      for (const r of rows) {
        const want: Colour | null =
          r.state === CHECKPOINT_STATES.overdue ? 'overdue'
          : r.state === `На ${RUN_DAY}: скоро срок` ? 'soon'
          : r.state === `На ${RUN_DAY}: в плане` ? 'none' : null;
        if (want) expect({ ...r, sheet }).toMatchObject({ colour: want });
      }
      expect(rows.some((r) => r.state === `На ${RUN_DAY}: в плане`)).toBe(true);
    }
  });

  it('a second run on the same day rewrites no state; a run on a later day brings them to that day', async () => {
    const states = async (day: string): Promise<string[]> => (await seenOn(file, day, SHEETS.checkpoints, CHECKPOINT_HEADERS.state)).map((r) => r.state);
    const before = await states('2023-11-15');
    expect(before.filter((s) => s.startsWith(`На ${RUN_DAY}: `)).length).toBeGreaterThan(5);
    run([file, '--in-place', '--today', RUN_DAY], dir);
    expect(await states('2023-11-15')).toEqual(before);
    run([file, '--in-place', '--today', '01.03.2024'], dir);
    const later = await seenOn(file, '2024-03-01', SHEETS.checkpoints, CHECKPOINT_HEADERS.state);
    expect(later.filter((r) => r.state.includes(RUN_DAY))).toEqual([]);
    expect(later.some((r) => r.state.startsWith('На 01.03.2024: '))).toBe(true);
    for (const r of later) {
      if (r.colour === 'overdue') expect(r.state).toBe(CHECKPOINT_STATES.overdue);
      if (r.state.startsWith('На ')) expect(r.state.startsWith('На 01.03.2024: ')).toBe(true);
    }
  });

  it('taken into Google Sheets, the first check writes the bare words there and a second writes no cell', async () => {
    const w = world('2023-11-15T10:00');
    await loadXlsx(w.emu, file);
    const stateWords = (): string[] => {
      const v = w.emu.peek(SHEETS.checkpoints).displayValues;
      const c = v[0].indexOf(CHECKPOINT_HEADERS.state);
      return v.slice(1).map((r) => r[c]).filter(Boolean);
    };
    expect(stateWords().some((x) => x.startsWith('На '))).toBe(true);
    const start = w.emu.calls.cellsWritten;
    w.run('checkStatuses');
    expect(w.emu.calls.cellsWritten - start).toBeGreaterThan(0);
    const once = stateWords();
    expect(once.filter((x) => x.startsWith('На '))).toEqual([]);
    expect(once).toContain(CHECKPOINT_STATES.planned);
    const written = w.emu.calls.cellsWritten;
    w.run('checkStatuses');
    expect(w.emu.calls.cellsWritten - written).toBe(0);
    expect(stateWords()).toEqual(once);
  });
});
