// «Создать / обновить структуру» on the built bundle: a new spreadsheet gets the sample roadmap and
// every sheet; a second run changes nothing; a roadmap without a required column is left untouched.
import { SHEETS, CHECKPOINT_HEADERS } from '../../src/text/ru';
import { world } from './helpers';

describe('set-up on a new spreadsheet', () => {
  const w = world();
  w.run('onOpen', { as: 'simple' });
  w.run('setupStructure');
  const { emu } = w;

  it('puts the sample roadmap where the empty «Лист1» was, then settings, people and checkpoints', () => {
    expect(emu.sheetNames()).toEqual([SHEETS.roadmap, SHEETS.settings, SHEETS.people, SHEETS.checkpoints]);
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.ui.lastToast()?.message).toMatch(/Контрольных точек добавлено: 32/);
  });

  it('transcribes the seed faithfully: 4 sections, 14 activities, numbers stay text ("1.1", not a date)', () => {
    const v = emu.peek(SHEETS.roadmap).values;
    expect(v[0].slice(0, 5)).toEqual(['№ п/п', 'Наименование мероприятия', 'Сроки реализации', 'Ответственные', 'Ожидаемый результат']);
    const numbers = v.map((r) => r[0]).filter((x) => typeof x === 'string' && /^\d\.\d$/.test(x));
    expect(numbers).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '4.1', '4.2', '4.3']);
    expect(v.filter((r) => /^\d\. /.test(String(r[0]))).length).toBe(4);
    expect(emu.peek(SHEETS.roadmap).merges.length).toBe(4);
    expect(v.find((r) => r[0] === '3.3')![2]).toBe('в сроки, определяемые ФГАОУ ДПО «Академия Минпросвещения России»');
  });

  it('writes one checkpoint per deadline occurrence with real date cells', () => {
    const p = emu.peek(SHEETS.checkpoints);
    expect(p.values.length - 1).toBe(32);
    const due = p.values[0].indexOf(CHECKPOINT_HEADERS.due);
    expect(p.values.slice(1).every((r) => r[due] instanceof Date)).toBe(true);
    const period = p.values[0].indexOf(CHECKPOINT_HEADERS.period);
    expect(p.values.filter((r) => r[1] === '2.2').map((r) => r[period])).toEqual(['декабрь 2022', 'июнь 2023', 'декабрь 2023', 'июнь 2024', 'декабрь 2024']);
    expect(p.displayValues.find((r) => r[1] === '2.3')![due]).toBe('30.06.2023');
    expect(p.frozenRows).toBe(1);
  });

  it('gives the status column a dropdown and protects the script columns with a warning only', () => {
    const p = emu.peek(SHEETS.checkpoints, 'I2');
    expect(p.validations[0][0]).toMatchObject({ allowInvalid: true });
    const protections = emu.model.sheets.find((s) => s.name === SHEETS.checkpoints)!.protections;
    expect(protections.length).toBeGreaterThan(0);
    expect(protections.every((x) => x.warningOnly)).toBe(true);
  });

  it('shows the roll-up on the roadmap: next due, state, progress, how the deadline was read', () => {
    const v = emu.peek(SHEETS.roadmap).displayValues;
    const header = v[0];
    const row = v.find((r) => r[0] === '2.2')!;
    // December 2022 is not marked done: it is what comes first, and it is late.
    expect(row[header.indexOf('Ближайший срок')]).toBe('31.12.2022');
    expect(row[header.indexOf('Состояние')]).toBe('Просрочено');
    expect(row[header.indexOf('Выполнено')]).toBe('0 из 5');
    expect(v.find((r) => r[0] === '3.6')![header.indexOf('Состояние')]).toBe('В плане');
    expect(row[header.indexOf('Как прочитан срок')]).toMatch(/5 контрольных точек/);
    expect(v.find((r) => r[0] === '4.2')![header.indexOf('Состояние')]).toBe('Постоянно');
    expect(v.find((r) => r[0] === '3.3')![header.indexOf('Состояние')]).toBe('Сроки определяет организатор');
  });

  it('fills settings and lists the responsible names found in the roadmap', () => {
    const s = emu.peek(SHEETS.settings).displayValues;
    const value = (label: string): string => s.find((r) => r[0] === label)![1];
    expect(value('Организация')).toBe('МКОУ «Селищенская ОШ»');
    expect(value('Начало плана (месяц)')).toBe('12.2022');
    expect(value('Окончание плана (месяц)')).toBe('12.2024');
    expect(value('«Скоро срок»: за сколько дней')).toBe('14');
    expect(emu.peek(SHEETS.people).displayValues.map((r) => r[0])).toEqual(['Ответственный (как в дорожной карте)', 'ОО']);
  });

  it('is idempotent: a second run changes no cell and adds nothing', () => {
    const before = emu.sheetNames().map((n) => emu.peek(n));
    w.run('setupStructure');
    const after = emu.sheetNames().map((n) => emu.peek(n));
    expect(after.map((p) => p.values)).toEqual(before.map((p) => p.values));
    expect(after.map((p) => p.backgrounds)).toEqual(before.map((p) => p.backgrounds));
    expect(emu.ui.lastToast()?.message).toMatch(/добавлено: 0, исключённых из плана \(строки оставлены серыми, лишние можно удалить вручную\): 0\./);
  });
});

describe('set-up on a roadmap it cannot read', () => {
  it('finds a table on any sheet, names its missing columns in Russian, and writes nothing', () => {
    const w = world();
    w.emu.poke('Лист1', 'A1', [['№', 'Мероприятие', 'Результат'], ['1.1', 'Педсовет', 'Протокол']]);
    const before = w.emu.peek('Лист1').values;
    w.run('setupStructure');
    expect(w.emu.ui.lastAlert()?.prompt).toBe(
      'На листе «Лист1» не найдены столбцы: «Сроки реализации», «Ответственные». Проверьте заголовки в первых строках листа. Ничего не изменено.');
    expect(w.emu.sheetNames()).toEqual(['Лист1']);
    expect(w.emu.peek('Лист1').values).toEqual(before);
  });

  it('never adds the sample next to data: a budget spreadsheet hears what was looked for and is left untouched', () => {
    const w = world();
    w.emu.poke('Лист1', 'A1', [['Статья расходов', '2023', '2024'], ['Заработная плата', 1200, 1300], ['Итого', 1200, 1300]]);
    const before = w.emu.peek('Лист1').values;
    w.run('setupStructure');
    expect(w.emu.ui.lastAlert()?.prompt).toMatch(/^В таблице не найдена дорожная карта: ни на одном листе \(«Лист1»\) нет заголовков «Наименование мероприятия», «Сроки реализации», «Ответственные».*Ничего не изменено\.$/);
    expect(w.emu.sheetNames()).toEqual(['Лист1']);
    expect(w.emu.peek('Лист1').values).toEqual(before);
  });

  it('lists missing columns of a sheet named «Дорожная карта» and changes nothing', () => {
    const w = world();
    w.emu.poke(SHEETS.roadmap, 'A1', [['№', 'Мероприятие', 'Результат'], ['1.1', 'Педсовет', 'Протокол']]);
    const before = w.emu.sheetNames().map((n) => w.emu.peek(n).values);
    w.run('setupStructure');
    expect(w.emu.ui.lastAlert()?.prompt).toBe(
      'На листе «Дорожная карта» не найдены столбцы: «Сроки реализации», «Ответственные». Проверьте заголовки в первых строках листа. Ничего не изменено.');
    expect(w.emu.sheetNames().map((n) => w.emu.peek(n).values)).toEqual(before);
  });

  it('says the spreadsheet is busy when another person holds the document lock, and writes nothing', () => {
    const w = world();
    w.emu.locks.holdElsewhere('document');
    w.run('setupStructure');
    expect(w.emu.ui.lastAlert()?.prompt).toMatch(/другой пользователь/);
    expect(w.emu.sheetNames()).toEqual(['Лист1']);
  });
});

describe('menu', () => {
  it('is built in every auth mode a simple onOpen meets, and every item calls an existing function', () => {
    for (const authMode of ['LIMITED', 'NONE'] as const) {
      const w = world();
      w.run('onOpen', { as: 'simple', authMode });
      const menu = w.emu.ui.menu('Дорожная карта')!;
      expect(menu.items.filter((i) => i.kind === 'item').map((i) => (i as { caption: string }).caption))
        .toEqual(expect.arrayContaining(['Создать / обновить структуру', 'Проверить статусы', 'Подсветить сроки', 'Справка']));
      for (const fn of w.emu.ui.menuFunctions()) expect(w.app.functions).toContain(fn);
    }
  });
});
