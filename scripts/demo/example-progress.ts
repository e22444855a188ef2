// The built-in sample's example progress: a few checkpoints marked as a person would (typing into the
// checkpoints sheet, the onEdit trigger running), some on time, some late, one without evidence, so the
// demo shows every state. Every comment says it is an example; a roadmap given with --input gets none.
import { addDays, CHECKPOINT_HEADERS, formatRu, NOTES, SHEETS, STATUSES } from '../../src/core';
import type { DemoContext } from './context';

interface ExampleMark {
  number: string;
  label: string;
  status: string;
  /** Days after the due date the work was done (negative: before); null: no date typed. */
  doneAfterDue: number | null;
  evidence: string;
}

const MARKS: ExampleMark[] = [
  { number: '1.1', label: 'ноябрь–декабрь 2022', status: STATUSES.done, doneAfterDue: -11, evidence: 'https://school.example/docs/polozhenie-o-nastavnichestve.pdf' },
  { number: '2.1', label: 'декабрь 2022', status: STATUSES.done, doneAfterDue: -4, evidence: 'https://school.example/monitoring/2022-12' },
  { number: '1.2', label: 'I квартал 2023', status: STATUSES.done, doneAfterDue: 14, evidence: 'https://school.example/docs/prikaz-stimulirovanie.pdf' },
  { number: '2.2', label: 'июнь 2023', status: STATUSES.done, doneAfterDue: -2, evidence: '' },
  { number: '3.4', label: 'I квартал 2023', status: STATUSES.done, doneAfterDue: null, evidence: 'https://school.example/intensiv-2023-1' },
  { number: '3.4', label: 'II квартал 2023', status: STATUSES.inProgress, doneAfterDue: null, evidence: '' },
  { number: '3.1', label: 'I квартал 2023', status: STATUSES.notRequired, doneAfterDue: null, evidence: '' },
];

/** Types the example marks whose due date is not after `today`; returns how many were typed. */
export function markExampleProgress(ctx: DemoContext): number {
  const { emu, app } = ctx;
  const peek = emu.peek(SHEETS.checkpoints);
  const header = peek.displayValues[0];
  const col = (h: string): number => header.indexOf(h) + 1;
  const letter = (c: number): string => String.fromCharCode(64 + c);
  let typed = 0;
  for (const mark of MARKS) {
    const r = peek.displayValues.findIndex((row) => row[col(CHECKPOINT_HEADERS.number) - 1] === mark.number && row[col(CHECKPOINT_HEADERS.period) - 1] === mark.label);
    if (r < 1) continue;
    const dueText = peek.displayValues[r][col(CHECKPOINT_HEADERS.due) - 1];
    const due = dueText.split('.').reverse().join('-');
    if (due > ctx.today) continue;
    const row = r + 1;
    const type = (header: string, value: string): void => {
      const event = emu.userEdit(SHEETS.checkpoints, `${letter(col(header))}${row}`, value);
      app.run('onEdit', { as: 'simple', event });
    };
    // A person types the date first when it is not today; onEdit fills today's date only into an empty cell.
    if (mark.doneAfterDue !== null) type(CHECKPOINT_HEADERS.done, formatRu(addDays(due, mark.doneAfterDue)));
    type(CHECKPOINT_HEADERS.status, mark.status);
    if (mark.evidence) type(CHECKPOINT_HEADERS.evidence, mark.evidence);
    type(CHECKPOINT_HEADERS.comment, NOTES.exampleProgress);
    typed++;
  }
  return typed;
}
