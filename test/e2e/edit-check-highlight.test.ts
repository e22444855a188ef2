// What people see as they work: the date done filled in as they mark a checkpoint, the status check
// dialog, and colours that follow the calendar by themselves.
import { CHECKPOINT_HEADERS, SHEETS } from '../../src/text/ru';
import { COLOURS } from '../../src/views/colours';
import { checkpointRow, columnOf, type, world } from './helpers';

describe('onEdit', () => {
  const w = world('2023-06-20T10:00');
  w.run('setupStructure');
  const status = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.status);
  const done = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.done);

  it('puts today into an empty «Дата выполнения» when a checkpoint is marked done', () => {
    const r = checkpointRow(w.emu, '2.1', 'декабрь 2022');
    type(w, SHEETS.checkpoints, `${status}${r}`, 'Выполнено');
    expect(w.emu.peek(SHEETS.checkpoints, `${done}${r}`).displayValues[0][0]).toBe('20.06.2023');
  });

  it('never overwrites a date someone typed', () => {
    const r = checkpointRow(w.emu, '1.2', 'I квартал 2023');
    type(w, SHEETS.checkpoints, `${done}${r}`, '14.04.2023');
    type(w, SHEETS.checkpoints, `${status}${r}`, 'Выполнено');
    expect(w.emu.peek(SHEETS.checkpoints, `${done}${r}`).displayValues[0][0]).toBe('14.04.2023');
  });

  it('fills several rows pasted at once, skipping those with a date', () => {
    const r = checkpointRow(w.emu, '3.4', 'I квартал 2023');
    type(w, SHEETS.checkpoints, `${done}${r + 1}`, '01.07.2023');
    const event = w.emu.userEdit(SHEETS.checkpoints, `${status}${r}:${status}${r + 2}`, [['Выполнено'], ['Выполнено'], ['Выполнено']]);
    w.app.run('onEdit', { as: 'simple', event });
    expect(w.emu.peek(SHEETS.checkpoints, `${done}${r}:${done}${r + 2}`).displayValues.map((x) => x[0]))
      .toEqual(['20.06.2023', '01.07.2023', '20.06.2023']);
  });

  it('never overwrites a date cell that holds a formula, even one that shows nothing', () => {
    const r = checkpointRow(w.emu, '2.2', 'июнь 2023');
    const cell = w.emu.spreadsheet.getSheetByName(SHEETS.checkpoints)!.getRange(`${done}${r}`);
    cell.setFormula('=IF(1>2,1,"")');
    expect(cell.getDisplayValue()).toBe('');
    type(w, SHEETS.checkpoints, `${status}${r}`, 'Выполнено');
    expect(cell.getFormula()).toBe('=IF(1>2,1,"")');
  });

  it('re-syncs the checkpoints when a deadline is edited on the roadmap', () => {
    const v = w.emu.peek(SHEETS.roadmap).values as string[][];
    const row = v.findIndex((r) => r[0] === '3.6') + 1;
    type(w, SHEETS.roadmap, `C${row}`, 'ноябрь 2023, ноябрь 2024');
    const cp = w.emu.peek(SHEETS.checkpoints).displayValues;
    expect(cp.filter((r) => r[1] === '3.6').map((r) => r[3])).toEqual(['ноябрь 2024', 'ноябрь 2023']);
  });
});

describe('«Проверить статусы»', () => {
  it('shows the findings grouped by severity, each naming its row, with a summary on top', () => {
    const w = world('2023-06-20T10:00');
    w.run('setupStructure');
    w.run('checkStatuses');
    const d = w.emu.ui.lastDialog()!;
    expect(d.title).toBe('Проверка дорожной карты');
    expect(d.html).toMatch(/просрочено: <b>\d+<\/b>/);
    expect(d.html).toContain('Срочно (');
    expect(d.html).toContain('Контрольные точки, строка');
    // One finding for the name, pointing at its row on the people sheet, not one per activity.
    expect(d.html.match(/Для «ОО» нет email на листе «Ответственные» \(мероприятий: 14\)/g)).toHaveLength(1);
    expect(d.html).toContain('Ответственные, строка 2');
    expect(d.kind).toBe('sidebar');
    expect(d.html).toMatch(/google\.script\.run[\s\S]*\.goToRow\(/);
  });

  it('says «Всё в порядке» when nothing is wrong', () => {
    const w = world('2022-11-01T10:00');
    w.emu.poke(SHEETS.roadmap, 'A1', [['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1.1', 'Педсовет', 'май 2023', 'Завуч']]);
    w.emu.poke(SHEETS.people, 'A1', [['Ответственный (как в дорожной карте)', 'Email (через запятую)'], ['Завуч', 'zavuch@school.example']]);
    w.run('setupStructure');
    w.run('checkStatuses');
    expect(w.emu.ui.lastDialog()!.html).toContain('Всё в порядке');
  });

  it('takes the user to the row of a finding', () => {
    const w = world('2023-06-20T10:00');
    w.run('setupStructure');
    w.run('goToRow', { as: 'dialog', args: [SHEETS.checkpoints, 7] });
    const active = w.emu.spreadsheet.getActiveSheet();
    expect(active.getName()).toBe(SHEETS.checkpoints);
    expect(w.emu.spreadsheet.getActiveRange()!.getRow()).toBe(7);
  });
});

describe('«Подсветить сроки»', () => {
  const w = world('2023-06-20T10:00');
  w.run('setupStructure');
  const status = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.status);
  type(w, SHEETS.checkpoints, `${status}${checkpointRow(w.emu, '2.1', 'декабрь 2022')}`, 'Выполнено');
  // A rule of the user's own, which must survive.
  const sheet = w.emu.spreadsheet.getSheetByName(SHEETS.checkpoints)!;
  const mine = w.emu.spreadsheet.getSheetByName(SHEETS.checkpoints)!.getRange('L2:L100');
  sheet.setConditionalFormatRules([
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (w.emu.globals.SpreadsheetApp as any).newConditionalFormatRule().whenTextEqualTo('важно').setBackground('#0000ff').setRanges([mine]).build(),
  ]);
  w.run('highlightDeadlines');

  const colourOf = (day: string, number: string, period: string): string =>
    w.emu.renderedBackgrounds(SHEETS.checkpoints, day)[checkpointRow(w.emu, number, period) - 1][1];

  it('colours overdue red, due soon yellow, done green, on the day', () => {
    expect(colourOf('2023-06-20', '1.2', 'I квартал 2023')).toBe(COLOURS.overdue);
    expect(colourOf('2023-06-20', '2.2', 'июнь 2023')).toBe(COLOURS.soon);
    expect(colourOf('2023-06-20', '2.1', 'декабрь 2022')).toBe(COLOURS.done);
    expect(colourOf('2023-06-20', '3.6', 'ноябрь 2024')).toBe('#ffffff');
  });

  it('keeps colours right as days pass, with nobody clicking again', () => {
    expect(colourOf('2023-07-01', '2.2', 'июнь 2023')).toBe(COLOURS.overdue);
    expect(colourOf('2024-11-20', '3.6', 'ноябрь 2024')).toBe(COLOURS.soon);
    expect(colourOf('2024-12-01', '3.6', 'ноябрь 2024')).toBe(COLOURS.overdue);
  });

  it('colours the roadmap rows too and writes a legend', () => {
    const v = w.emu.peek(SHEETS.roadmap).displayValues;
    const row = v.findIndex((r) => r[0] === '1.2');
    expect(w.emu.renderedBackgrounds(SHEETS.roadmap, '2023-06-20')[row][1]).toBe(COLOURS.overdue);
    expect(w.emu.peek(SHEETS.settings, 'E1:E5').displayValues.map((r) => r[0])).toEqual(['Цвета', 'Просрочено', 'Срок в ближайшие 14 дн.', 'Выполнено', 'Срок не распознан / исключено']);
  });

  it('replaces only its own rules, keeps the user’s, and gives the same state when run twice', () => {
    const rules = () => w.emu.model.sheets.find((s) => s.name === SHEETS.checkpoints)!.cfRules;
    const first = JSON.stringify(rules());
    w.run('highlightDeadlines');
    expect(JSON.stringify(rules())).toBe(first);
    expect(rules().filter((r) => r.format.background === '#0000ff')).toHaveLength(1);
    expect(rules()).toHaveLength(5);
  });
});

describe('the colour legend', () => {
  it('never overwrites what someone typed where it would go', () => {
    const w = world('2023-06-20T10:00');
    w.run('setupStructure');
    w.emu.poke(SHEETS.settings, 'E2', [['Мои заметки']]);
    w.run('highlightDeadlines');
    expect(w.emu.peek(SHEETS.settings, 'E1:E3').displayValues.map((r) => r[0])).toEqual(['', 'Мои заметки', '']);
    expect(w.emu.ui.alerts).toEqual([]);
  });
});
