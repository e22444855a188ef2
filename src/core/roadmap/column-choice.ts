// The user's answer to «how were the columns understood», kept in «Настройки» as one readable line
// («Мероприятие: B; Срок: C; Ответственные: D») and used by every later read instead of the guesses.
import { cellText, foldText, type Cell } from '../cells';
import { PLAN_IMPORT } from '../../text/ru';
import { COLUMN_ROLES, type ColumnMap, type ColumnRole } from './columns';

const letter = (c: number): string => (c >= 26 ? letter(Math.floor(c / 26) - 1) : '') + String.fromCharCode(65 + (c % 26));
const index = (l: string): number => l.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

export function formatColumnChoice(columns: ColumnMap): string {
  return COLUMN_ROLES.filter((r) => columns[r] !== undefined)
    .map((r) => `${PLAN_IMPORT.roles[r]}: ${letter(columns[r] as number)}`).join('; ');
}

/** The choice from its line; null when the line is empty or names no activity column. */
export function parseColumnChoice(text: string): ColumnMap | null {
  const out: ColumnMap = {};
  for (const part of text.split(/[;\n]/)) {
    const m = /^\s*(.+?)\s*[:=]\s*([A-Za-z]{1,2})\s*$/.exec(part);
    if (!m) continue;
    const role = COLUMN_ROLES.find((r) => foldText(PLAN_IMPORT.roles[r]) === foldText(m[1]));
    if (role) out[role] = index(m[2].toUpperCase());
  }
  return out.name === undefined ? null : out;
}

/** The saved choice on the settings sheet (a row labelled «Столбцы дорожной карты»), if any. */
export function columnChoiceFrom(settings: Cell[][]): ColumnMap | undefined {
  const row = settings.find((r) => foldText(cellText(r[0])) === foldText(PLAN_IMPORT.columnsLabel));
  return (row && parseColumnChoice(cellText(row[1]))) || undefined;
}

/** The choice from the dialog's answer ({role: column index or -1}); null without an activity column. */
export function columnChoiceFromAnswer(answer: unknown): ColumnMap | null {
  if (!answer || typeof answer !== 'object') return null;
  const out: ColumnMap = {};
  for (const r of COLUMN_ROLES) {
    const v = (answer as Record<string, unknown>)[r];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 200) out[r as ColumnRole] = v;
  }
  return out.name === undefined ? null : out;
}
