// After writing the checkpoints sheet, the shell reads it once more: if someone inserted, deleted or
// sorted rows while the script ran, a write may have landed on the wrong row. This finds what went
// wrong by key and says how to put it right, so no mark is lost or left next to another checkpoint.
import { cellText, type Cell } from './cells';
import { PEOPLE_FIELDS, SCRIPT_FIELDS, type CheckpointColumns } from './checkpoints';

export interface Repair {
  /** Rows whose script cells must get back what they held (an append overwrote them). */
  restore: { row: number; cells: { column: number; value: Cell }[] }[];
  /** Whole rows to add at the bottom: a row deleted by mistake (with its marks), or a displaced new checkpoint. */
  append: Cell[][];
}

const keyOf = (row: Cell[] | undefined, columns: CheckpointColumns): string => cellText(row?.[columns.key] ?? '');
const peopleOf = (row: Cell[] | undefined, columns: CheckpointColumns): string =>
  PEOPLE_FIELDS.map((f) => cellText(row?.[columns[f]] ?? '')).join('\u0000');

function countKeys(rows: Cell[][], columns: CheckpointColumns): Map<string, number> {
  const n = new Map<string, number>();
  rows.forEach((r, i) => {
    if (i === 0) return;
    const k = keyOf(r, columns);
    if (k) n.set(k, (n.get(k) ?? 0) + 1);
  });
  return n;
}

/**
 * `before`: the sheet read just before writing; `after`: read just after. `deleted`: keys the script
 * meant to remove; `appended`: the new rows as written (whole rows, by column). A key that was there
 * before and is neither meant to go nor there now was hit by a write that landed on the wrong row.
 */
export function findRepairs(before: Cell[][], after: Cell[][], columns: CheckpointColumns, deleted: string[], appended: Cell[][]): Repair {
  const had = countKeys(before, columns);
  const has = countKeys(after, columns);
  const meantToGo = new Map<string, number>();
  for (const k of deleted) meantToGo.set(k, (meantToGo.get(k) ?? 0) + 1);
  const appendedByKey = new Map(appended.map((r) => [keyOf(r, columns), r]));
  const repair: Repair = { restore: [], append: [] };
  const usedRows = new Set<number>();
  for (const [key, n] of had) {
    const missing = n - (meantToGo.get(key) ?? 0) - (has.get(key) ?? 0);
    if (missing <= 0) continue;
    const originals = before.filter((r, i) => i > 0 && keyOf(r, columns) === key);
    for (const original of originals.slice(0, missing)) {
      const marks = peopleOf(original, columns);
      // An append that landed on this row: a new key, and this row's marks still beside it.
      const hit = after.findIndex((r, i) => i > 0 && !usedRows.has(i) && appendedByKey.has(keyOf(r, columns)) &&
        marks.replace(/\u0000/g, '') !== '' && peopleOf(r, columns) === marks);
      if (hit > 0) {
        usedRows.add(hit);
        repair.restore.push({
          row: hit + 1,
          cells: SCRIPT_FIELDS.map((f) => ({ column: columns[f] + 1, value: original[columns[f]] ?? '' })),
        });
        repair.append.push(appendedByKey.get(keyOf(after[hit], columns)) as Cell[]);
      } else {
        repair.append.push(original.slice());
      }
    }
  }
  return repair;
}
