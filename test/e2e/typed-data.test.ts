// Nothing a person typed ever changes: every action on roadmaps as schools really keep them
// (reordered and extra columns, merged section rows, date cells, empty rows, long text, formulas,
// HTML), and re-syncs after the roadmap changes.
import { CHECKPOINT_HEADERS, SHEETS } from '../../src/text/ru';
import { cells, checkpointRow, columnOf, type, typedCells, world, type World } from './helpers';

const LONG = 'Очень подробное описание мероприятия. '.repeat(14).trim(); // ~530 characters

/** A school's own roadmap: columns in another order, an extra column, a title above the header. */
function schoolRoadmap(w: World): void {
  const d = (iso: string): Date => new Date(`${iso}T00:00:00+03:00`);
  w.emu.poke('План', 'A1', [
    ['Дорожная карта наставничества МБОУ СОШ № 7 на 2023–2024 годы', '', '', '', '', ''],
    ['Ответственный исполнитель', 'Мероприятие', 'Примечание', 'Срок исполнения', 'N п/п', 'Планируемый результат'],
    ['Раздел 1. Нормативная база', '', '', '', '', ''],
    ['Иванова И.И.', 'Положение о наставничестве', 'см. приказ', 'сентябрь 2023', '1.1', 'Положение'],
    ['', '', '', '', '', ''],
    ['Петров П.П.; Сидорова С.С.', LONG, '=1+1', d('2023-10-15'), '1.2', 'Отчёт'],
    ['Раздел 2. Мероприятия', '', '', '', '', ''],
    ['Иванова И.И.', '<b>Педсовет</b> <script>alert(1)</script>', '', 'ежеквартально', '2.1', 'Протокол'],
    ['', 'Курсы без номера', '', 'когда-нибудь потом', '', ''],
  ]);
  w.emu.spreadsheet.getSheetByName('План')!.getRange('A7:F7').merge();
}

describe('a school’s own roadmap', () => {
  const w = world('2023-11-20T10:00');
  schoolRoadmap(w);
  const typedBefore = cells(w.emu, 'План', typedCells(w.emu, 'План', 1, 6));

  it('is read where it is, columns found by their headers', () => {
    w.run('setupStructure');
    expect(w.emu.ui.alerts).toEqual([]);
    expect(w.emu.sheetNames()).toEqual(['Лист1', 'План', SHEETS.settings, SHEETS.people, SHEETS.checkpoints].filter((n) => w.emu.sheetNames().includes(n)));
    expect(w.emu.sheetNames()).not.toContain(SHEETS.roadmap);
    const cp = w.emu.peek(SHEETS.checkpoints).displayValues;
    expect(cp.filter((r) => r[1] === '1.2').map((r) => r[5])).toEqual(['15.10.2023']);
    expect(cp.filter((r) => r[1] === '2.1').length).toBe(8); // quarters of 2023–2024, years from the title
  });

  it('keeps every typed cell identical through set-up, check and highlight', () => {
    w.run('checkStatuses');
    w.run('highlightDeadlines');
    w.run('setupStructure');
    expect(cells(w.emu, 'План', Object.keys(typedBefore))).toEqual(typedBefore);
    expect(w.emu.peek('План', 'C6').formulas[0][0]).toBe('=1+1');
  });

  it('adds the roll-up to the right of the last column, without touching the extra column', () => {
    const header = w.emu.peek('План').displayValues[1];
    expect(header.slice(6, 10)).toEqual(['Ближайший срок', 'Состояние', 'Выполнено', 'Как прочитан срок']);
    const unreadable = w.emu.peek('План').displayValues[8];
    expect(unreadable[7]).toBe('Срок не распознан');
  });

  it('escapes HTML from cells in the findings dialog', () => {
    const html = w.emu.ui.dialogs.find((d) => d.title === 'Проверка дорожной карты')!.html;
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('когда-нибудь потом');
  });
});

describe('marks people make', () => {
  it('survive every action and every re-sync, byte for byte', () => {
    const w = world('2023-06-20T10:00');
    w.run('setupStructure');
    const status = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.status);
    const done = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.done);
    const evidence = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.evidence);
    const comment = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.comment);
    const r1 = checkpointRow(w.emu, '2.1', 'декабрь 2022');
    const r2 = checkpointRow(w.emu, '1.2', 'I квартал 2023');
    type(w, SHEETS.checkpoints, `${done}${r1}`, '27.12.2022');
    type(w, SHEETS.checkpoints, `${status}${r1}`, 'Выполнено');
    type(w, SHEETS.checkpoints, `${evidence}${r1}`, 'https://school.example/monitoring');
    type(w, SHEETS.checkpoints, `${comment}${r1}`, '<i>без</i> замечаний & "кавычки"');
    type(w, SHEETS.checkpoints, `${status}${r2}`, 'готово!'); // not in the list: kept, reported
    type(w, SHEETS.checkpoints, `${comment}${r2}`, '=CONCATENATE("см. ", "протокол")');
    const mine = typedCells(w.emu, SHEETS.checkpoints, 9, 12, 2);
    const before = cells(w.emu, SHEETS.checkpoints, mine);
    for (const fn of ['setupStructure', 'checkStatuses', 'highlightDeadlines', 'setupStructure']) w.run(fn);
    expect(cells(w.emu, SHEETS.checkpoints, mine)).toEqual(before);
    expect(w.emu.ui.dialogs[0].html).toContain('статус «готово!» не из списка');
  });

  it('stay with their activity when rows are inserted and reordered in the roadmap', () => {
    const w = world('2023-06-20T10:00');
    w.run('setupStructure');
    const status = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.status);
    type(w, SHEETS.checkpoints, `${status}${checkpointRow(w.emu, '2.3', 'июнь 2023')}`, 'В работе');
    // Someone inserts a new activity above 2.3 and renumbers: 2.3 becomes 2.4.
    const v = w.emu.peek(SHEETS.roadmap).values as string[][];
    const at = v.findIndex((r) => r[0] === '2.3');
    const rows = [...v.slice(0, at), ['2.3', 'Новое мероприятие', 'сентябрь 2023', 'ОО', 'Итог'], ['2.4', ...v[at].slice(1)], ...v.slice(at + 1)]
      .map((r) => r.slice(0, 5));
    w.emu.spreadsheet.getSheetByName(SHEETS.roadmap)!.insertRowsAfter(at, 1);
    w.emu.poke(SHEETS.roadmap, `A1:E${rows.length}`, rows);
    w.run('setupStructure');
    expect(w.emu.ui.alerts).toEqual([]);
    const cp = w.emu.peek(SHEETS.checkpoints).displayValues;
    const row = cp[checkpointRow(w.emu, '2.4', 'июнь 2023') - 1];
    expect(row[cp[0].indexOf(CHECKPOINT_HEADERS.status)]).toBe('В работе');
    expect(row[cp[0].indexOf(CHECKPOINT_HEADERS.activity)]).toBe('Отчет о реализации мероприятий дорожной карты');
    expect(cp.some((r) => r[1] === '2.3' && r[3] === 'сентябрь 2023')).toBe(true);
  });

  it('are kept, marked «Исключена из плана», when the deadline no longer asks for that checkpoint', () => {
    const w = world('2023-06-20T10:00');
    w.run('setupStructure');
    const status = columnOf(w.emu, SHEETS.checkpoints, CHECKPOINT_HEADERS.status);
    type(w, SHEETS.checkpoints, `${status}${checkpointRow(w.emu, '2.3', 'июнь 2023')}`, 'Выполнено');
    const count = w.emu.peek(SHEETS.checkpoints).values.length;
    // 2.3 now only in 2024; 3.6 (nothing typed) moves from November to December 2024.
    const v = w.emu.peek(SHEETS.roadmap).values as string[][];
    w.emu.poke(SHEETS.roadmap, `C${v.findIndex((r) => r[0] === '2.3') + 1}`, [['июнь 2024']]);
    w.emu.poke(SHEETS.roadmap, `C${v.findIndex((r) => r[0] === '3.6') + 1}`, [['декабрь 2024']]);
    w.run('setupStructure');
    // Nothing is deleted in Google Sheets: someone may be typing into that very row while the script runs.
    expect(w.emu.ui.lastToast()?.message).toMatch(/добавлено: 1, исключённых из плана \(строки оставлены серыми, лишние можно удалить вручную\): 2\./);
    const cp = w.emu.peek(SHEETS.checkpoints).displayValues;
    expect(cp.length).toBe(count + 1);
    const kept = cp[checkpointRow(w.emu, '2.3', 'июнь 2023') - 1];
    expect(kept[cp[0].indexOf(CHECKPOINT_HEADERS.state)]).toBe('Исключена из плана');
    expect(kept[cp[0].indexOf(CHECKPOINT_HEADERS.status)]).toBe('Выполнено');
    const untouched = cp[checkpointRow(w.emu, '3.6', 'ноябрь 2024') - 1];
    expect(untouched[cp[0].indexOf(CHECKPOINT_HEADERS.state)]).toBe('Исключена из плана');
    expect(cp.some((r) => r[1] === '3.6' && r[3] === 'декабрь 2024')).toBe(true);
  });
});
