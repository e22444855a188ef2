// Rows by shape and columns by evidence, on the cases the issue names (beyond the published corpus).
import fc from 'fast-check';
import type { Cell } from '../../../src/core/cells';
import { readDeadline } from '../../../src/core/deadline';
import { activityKey, readRoadmap } from '../../../src/core/roadmap';
import { headerRole } from '../../../src/core/roadmap/columns';
import { deadlineInPeriod, readPeriodRow } from '../../../src/core/roadmap/rows';
import { SEED_SECTIONS } from '../../../src/core/seed';

const ok = (values: Cell[][], options = {}) => {
  const r = readRoadmap(values, options);
  if (!r.ok) throw new Error(`refused: ${r.missing.join(', ')}`);
  return r.roadmap;
};

describe('columns by evidence', () => {
  it('takes «Направления деятельности» as the activity column and «Период реализации» as the deadline', () => {
    const m = ok([['№', 'Направления деятельности', 'Период реализации', 'Ответственные'], ['1', 'Совещание', 'январь 2024', 'Директор']]);
    expect(m.columns).toMatchObject({ number: 0, name: 1, deadline: 2, responsible: 3 });
  });

  it('reads the seed with its columns reordered and renamed, the section titles in whichever column comes first', () => {
    const values: Cell[][] = [['Ответственный исполнитель', 'Срок исполнения', '№ п/п', 'Мероприятие', 'Планируемый результат']];
    const merged = new Set<number>();
    for (const s of SEED_SECTIONS) {
      merged.add(values.length);
      values.push([`${s.number}. ${s.title}`, '', '', '', '']);
      for (const a of s.activities) values.push([a.responsible, a.deadline, a.number, a.name, a.result]);
    }
    const m = ok(values, { mergedRows: merged });
    expect(m.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4']);
    expect(m.activities).toHaveLength(14);
    expect(m.activities.map((a) => a.key)).toEqual(SEED_SECTIONS.flatMap((s) => s.activities.map((a) => activityKey(a.name))));
  });

  it('finds the deadline column by its content when its title says nothing', () => {
    const m = ok([
      ['№', 'Мероприятие', 'Когда-нибудь?', 'Ответственный'],
      ['1', 'Педсовет', 'август 2024', 'Директор'], ['2', 'Отчёт', 'ежегодно (июнь)', 'Зам. директора'], ['3', 'Сайт', 'постоянно', 'Учитель'],
    ].map((r, i) => (i === 0 ? ['№', 'Мероприятие', 'Столбец 3', 'Ответственный'] : r)));
    expect(m.columns.deadline).toBe(2);
    expect(m.evidence.deadline).toBe('content');
    expect(m.sure).toBe(false);
  });

  it('reads a header over two rows with words broken across them and a row of column numbers', () => {
    const m = ok([
      ['№', 'Наименование', 'Сроки', 'Ответственные'],
      ['п/п', 'мероприятия', 'исполнения', 'исполнители'],
      ['1', '2', '3', '4'],
      ['1.1', 'Педсовет', 'август 2024', 'Директор'],
    ]);
    expect(m.headerRow).toBe(1);
    expect(m.headerBottom).toBe(3);
    expect(m.headers).toEqual(['№ п/п', 'Наименование мероприятия', 'Сроки исполнения', 'Ответственные исполнители']);
    expect(m.activities.map((a) => a.name)).toEqual(['Педсовет']);
  });

  it('takes separate start and end columns: the end is the deadline, the start is kept', () => {
    const m = ok([
      ['Мероприятие', 'Сроки реализации', '', 'Ответственный'],
      ['', 'начало', 'окончание', ''],
      ['Ремонт кабинета', 'июнь 2024', 'август 2024', 'Завхоз'],
    ]);
    expect(m.columns).toMatchObject({ name: 0, start: 1, deadline: 2, responsible: 3 });
    expect(m.activities[0]).toMatchObject({ start: 'июнь 2024', deadlineText: 'август 2024' });
  });

  it('names the columns it looked for when a table is no plan (a budget)', () => {
    const r = readRoadmap([['Статья', '2023', '2024'], ['Зарплата', 100, 120], ['Итого', 100, 120]]);
    expect(r).toEqual({ ok: false, missing: ['Наименование мероприятия', 'Сроки реализации', 'Ответственные'] });
  });

  it('scores any header text without throwing, and the first keyword decides', () => {
    fc.assert(fc.property(fc.string(), (t) => { headerRole(t); }));
    expect(headerRole('Ответственный исполнитель ВЦП, основного мероприятия')?.role).toBe('responsible');
    expect(headerRole('Срок начала реализации')?.role).toBe('start');
    expect(headerRole('Срок окончания реализации')?.role).toBe('deadline');
    expect(headerRole('Результат. Вид документа')?.role).toBe('result');
  });
});

describe('rows by shape', () => {
  const header: Cell[] = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'];

  it('gives a year row\'s year to the deadlines below it, and is no activity', () => {
    const m = ok([header, ['2021 год', '', '', '', ''], ['1', 'Совещание', 'Январь – февраль', 'Директор', ''], ['2', 'Отчёт', 'май 2022', 'Директор', ''],
      ['2023-2024 учебный год', '', '', '', ''], ['3', 'Педсовет', 'сентябрь', 'Директор', ''], ['4', 'Экзамены', 'май', 'Директор', '']]);
    expect(m.activities.map((a) => [a.deadlineText, a.deadline, a.period])).toEqual([
      ['Январь – февраль', 'Январь – февраль 2021', '2021 год'], ['май 2022', 'май 2022', '2021 год'],
      ['сентябрь', 'сентябрь 2023', '2023-2024 учебный год'], ['май', 'май 2024', '2023-2024 учебный год'],
    ]);
    const plan = { from: '2021-01', to: '2024-12' };
    expect(readDeadline(m.activities[0].deadline as string, plan).checkpoints.map((c) => c.due)).toEqual(['2021-02-28']);
  });

  it('joins continuation rows (a PDF or Word paste) to the activity above', () => {
    const m = ok([header, ['1.1', 'Разработка положения о системе', 'май 2023', 'Директор', 'Положение'],
      ['', 'наставничества педагогических работников', '(далее – ежегодно)', '', 'утверждено'],
      ['', '- банк эффективных практик', '', '', ''], ['1.2', 'Отчёт', 'июнь 2023', 'ОО', '']]);
    expect(m.activities.map((a) => [a.number, a.name, a.deadlineText, a.result])).toEqual([
      ['1.1', 'Разработка положения о системе\nнаставничества педагогических работников\n- банк эффективных практик', 'май 2023\n(далее – ежегодно)', 'Положение\nутверждено'],
      ['1.2', 'Отчёт', 'июнь 2023', ''],
    ]);
  });

  it('skips «Итого», signatures, bracketed notes and a header repeated after a page break', () => {
    const m = ok([header, ['1', 'Совещание', 'май 2023', 'Директор', ''], header, ['(Позиция в редакции приказа от 01.02.2023)', '', '', '', ''],
      ['2', 'Отчёт', 'июнь 2023', 'ОО', ''], ['Итого', '', '', '', ''], ['Директор школы ________ И.И. Иванов', '', '', '', '']]);
    expect(m.activities.map((a) => a.name)).toEqual(['Совещание', 'Отчёт']);
    expect(m.skipped.map((s) => s.reason)).toEqual(['header', 'note', 'total', 'signature']);
  });

  it('reads sections numbered any way, unnumbered bold ones, and sub-sections', () => {
    const m = ok([header, ['I. Нормативное обеспечение', '', '', '', ''], ['1.1', 'Положение', 'май 2023', 'ОО', ''],
      ['Раздел 2. Кадры', '', '', '', ''], ['', '2.1. ПОВЫШЕНИЕ КВАЛИФИКАЦИИ', '', '', ''], ['2.1.1', 'Курсы', 'ежегодно', 'ОО', ''],
      ['Информационное сопровождение', '', '', '', ''], ['', 'Сайт', 'постоянно', 'ОО', '']], { boldRows: new Set([6]) });
    expect(m.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ['I', 'Нормативное обеспечение', 1], ['2', 'Раздел 2. Кадры', 1], ['2.1', 'ПОВЫШЕНИЕ КВАЛИФИКАЦИИ', 2], ['', 'Информационное сопровождение', 1],
    ]);
    expect(m.activities.map((a) => [a.name, m.sections[a.section].title])).toEqual([
      ['Положение', 'Нормативное обеспечение'], ['Курсы', 'ПОВЫШЕНИЕ КВАЛИФИКАЦИИ'], ['Сайт', 'Информационное сопровождение'],
    ]);
  });

  it('keeps an activity with an empty deadline (read as «срок не указан»)', () => {
    const m = ok([header, ['1.1', 'Положение', '', 'ОО', 'Утверждено']]);
    expect(m.activities).toHaveLength(1);
    expect(readDeadline(m.activities[0].deadline as string, { from: '2023-01', to: '2023-12' }).explanation).toContain('срок не указан');
  });
});

describe('year rows', () => {
  it('read years and school years, nothing else', () => {
    expect(readPeriodRow('2021 год')).toMatchObject({ from: 2021, to: 2021 });
    expect(readPeriodRow('На 2023-2024 учебный год')).toMatchObject({ from: 2023, to: 2024, schoolYear: true });
    expect(readPeriodRow('2021 год — подготовка')).toBeNull();
    expect(deadlineInPeriod('до 1 июня 2022', readPeriodRow('2021 год'))).toBe('до 1 июня 2022');
  });
});
