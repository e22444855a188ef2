// Shared set-up for end-to-end tests: the built bundle on a fresh emulator, and snapshots of what
// people typed so a test can prove nothing of it changed.
import { createEmulator, type Emulator } from '../../emulator';
import { loadBundle, type LoadedBundle } from '../../emulator/runtime';
import { CHECKPOINT_HEADERS, SHEETS } from '../../src/text/ru';

export interface World {
  emu: Emulator;
  app: LoadedBundle;
  run(fn: string, opts?: Parameters<LoadedBundle['run']>[1]): unknown;
}

export function world(now = '2023-06-20T10:00', options: Parameters<typeof createEmulator>[0] = {}): World {
  const emu = createEmulator({ now, ...options });
  const app = loadBundle(emu);
  return { emu, app, run: (fn, opts) => app.run(fn, { as: 'menu', ...opts }) };
}

/** Column letter of a header on row `row` of a sheet. */
export function columnOf(emu: Emulator, sheet: string, header: string, row = 1): string {
  const i = emu.peek(sheet).displayValues[row - 1].indexOf(header);
  if (i < 0) throw new Error(`no column «${header}» on ${sheet}`);
  return String.fromCharCode(65 + i);
}

/** Row number of the checkpoint with this activity number and period. */
export function checkpointRow(emu: Emulator, number: string, period: string): number {
  const v = emu.peek(SHEETS.checkpoints).displayValues;
  const n = v[0].indexOf(CHECKPOINT_HEADERS.number);
  const p = v[0].indexOf(CHECKPOINT_HEADERS.period);
  const r = v.findIndex((row) => row[n] === number && row[p] === period);
  if (r < 1) throw new Error(`no checkpoint ${number} ${period}`);
  return r + 1;
}

/** Types into a cell as a person would, then runs the onEdit simple trigger as Sheets does. */
export function type(w: World, sheet: string, a1: string, value: unknown): void {
  const event = w.emu.userEdit(sheet, a1, value);
  w.app.run('onEdit', { as: 'simple', event });
}

/** Values and formulas of the given cells, to compare before and after an action. */
export function cells(emu: Emulator, sheet: string, a1s: string[]): Record<string, { value: unknown; formula: string }> {
  const out: Record<string, { value: unknown; formula: string }> = {};
  for (const a1 of a1s) {
    const p = emu.peek(sheet, a1);
    const v = p.values[0][0];
    out[a1] = { value: v instanceof Date ? v.toISOString() : v, formula: p.formulas[0][0] };
  }
  return out;
}

/** Every non-empty cell of a block, by A1 — "what a person typed" when the block is theirs. */
export function typedCells(emu: Emulator, sheet: string, fromColumn: number, toColumn: number, fromRow = 1): string[] {
  const p = emu.peek(sheet);
  const out: string[] = [];
  p.values.forEach((row, r) => {
    if (r + 1 < fromRow) return;
    for (let c = fromColumn; c <= Math.min(toColumn, row.length); c++) {
      if (row[c - 1] !== '' || p.formulas[r][c - 1]) out.push(`${String.fromCharCode(64 + c)}${r + 1}`);
    }
  });
  return out;
}
