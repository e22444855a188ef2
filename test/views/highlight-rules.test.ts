// The colour rules on their boundaries, evaluated by the emulator's conditional formatting as a person sees
// them on a given day: due today and due on the last day of «скоро срок» are yellow, one day later is white,
// yesterday is red.
import { createEmulator } from '../../emulator';
import { CHECKPOINT_STATES, STATUSES, ACTIVITY_STATES } from '../../src/text/ru';
import { COLOURS } from '../../src/views/colours';
import { checkpointRules, isOwnRuleFormula, roadmapRules, type RuleSpec } from '../../src/views/highlight-rules';

const HORIZON = 14;
const TODAY = '2025-09-10';
const msk = (iso: string): Date => new Date(`${iso}T00:00:00+03:00`);
/** Due dates around today: yesterday, today, the last day of the horizon, the day after it. */
const DUE = ['2025-09-09', '2025-09-10', '2025-09-24', '2025-09-25'];

function coloured(rows: unknown[][], rules: RuleSpec[]): string[] {
  const emu = createEmulator({ now: `${TODAY}T10:00`, timeZone: 'Europe/Moscow' });
  const SA = emu.globals.SpreadsheetApp;
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange(1, 1, 1, 3).setValues([['Срок', 'Статус', 'Состояние']]);
  sheet.getRange(2, 1, rows.length, 3).setValues(rows);
  const range = sheet.getRange(2, 1, rows.length, 3);
  sheet.setConditionalFormatRules(rules.map((r) =>
    SA.newConditionalFormatRule().whenFormulaSatisfied(r.formula).setBackground(r.background).setRanges([range]).build()));
  return emu.renderedBackgrounds(sheet.getName(), TODAY).slice(1, rows.length + 1).map((r) => r[0]);
}

describe('«Контрольные точки» colour rules', () => {
  it('an open checkpoint is red before today, yellow from today to today + horizon, white after', () => {
    const rows = DUE.map((d) => [msk(d), STATUSES.inProgress, '']);
    expect(coloured(rows, checkpointRules(2, 'A', 'B', 'C', HORIZON)))
      .toEqual([COLOURS.overdue, COLOURS.soon, COLOURS.soon, '#ffffff']);
  });

  it('done is green and waived or removed is grey, whatever the date', () => {
    const rows = [[msk(DUE[0]), STATUSES.done, ''], [msk(DUE[1]), STATUSES.notRequired, ''], [msk(DUE[2]), '', CHECKPOINT_STATES.removed]];
    expect(coloured(rows, checkpointRules(2, 'A', 'B', 'C', HORIZON))).toEqual([COLOURS.done, COLOURS.grey, COLOURS.grey]);
  });
});

describe('roadmap colour rules', () => {
  it('by the next due date: red before today, yellow today to today + horizon, white after', () => {
    const rows = DUE.map((d) => [msk(d), '', ACTIVITY_STATES.planned]);
    expect(coloured(rows, roadmapRules(2, 'A', 'C', HORIZON))).toEqual([COLOURS.overdue, COLOURS.soon, COLOURS.soon, '#ffffff']);
  });

  it('a done activity is green and an unreadable one grey, whatever its next date', () => {
    const rows = [[msk(DUE[0]), '', ACTIVITY_STATES.done], [msk(DUE[1]), '', ACTIVITY_STATES.unknown], ['', '', ACTIVITY_STATES.planned]];
    expect(coloured(rows, roadmapRules(2, 'A', 'C', HORIZON))).toEqual([COLOURS.done, COLOURS.grey, '#ffffff']);
  });
});

describe('our rules and a school\'s own', () => {
  it('every rule we write is recognised as ours; a rule a person made is not', () => {
    for (const r of [...checkpointRules(2, 'F', 'I', 'H', HORIZON), ...roadmapRules(10, 'F', 'G', HORIZON)]) expect(isOwnRuleFormula(r.formula)).toBe(true);
    expect(isOwnRuleFormula('=$F2<TODAY()')).toBe(false);
    expect(isOwnRuleFormula('=AND($I2="Выполнено";$F2<>"")')).toBe(false);
  });
});
