import fc from 'fast-check';
import { readRoadmap, activityKey, shortHash } from '../../src/core/roadmap';
import { foldText } from '../../src/core/cells';
import type { Cell } from '../../src/core/cells';

const header = ['№ п/п', 'Наименование мероприятия', 'Сроки реализации', 'Ответственные', 'Ожидаемый результат'];

describe('readRoadmap', () => {
  it('finds columns by header synonyms in any order, with extra columns and title rows above', () => {
    const values: Cell[][] = [
      ['План мероприятий на 2023 — 2024 годы', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['Примечание', 'Срок исполнения', 'Ответственный исполнитель', 'Мероприятие', 'N п/п', 'Планируемый результат'],
      ['', 'июнь 2023', 'Иванова', 'Разработка положения', '1.1', 'Положение'],
    ];
    const read = readRoadmap(values);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.roadmap.headerRow).toBe(3);
    expect(read.roadmap.columns).toEqual({ deadline: 1, responsible: 2, name: 3, number: 4, result: 5 });
    expect(read.roadmap.activities).toHaveLength(1);
    expect(read.roadmap.activities[0]).toMatchObject({ row: 4, number: '1.1', name: 'Разработка положения', deadlineText: 'июнь 2023', responsible: 'Иванова', result: 'Положение' });
  });

  it('reads the seed header "Направление деятельности / Наименование мероприятия"', () => {
    const read = readRoadmap([['Направление деятельности / Наименование мероприятия', 'Сроки реализации', 'Ответственные', 'Ожидаемый результат'], ['Мероприятие', 'май 2023', 'ОО', 'x']]);
    expect(read.ok && read.roadmap.columns).toEqual({ name: 0, deadline: 1, responsible: 2, result: 3 });
  });

  it('names every missing required column in Russian', () => {
    const read = readRoadmap([['№', 'Мероприятие', 'Результат'], ['1', 'x', 'y']]);
    expect(read).toEqual({ ok: false, missing: ['Сроки реализации', 'Ответственные'] });
  });

  it('splits sections and activities; unnumbered activities and blank rows are handled', () => {
    const values: Cell[][] = [
      header,
      ['1. Нормативное обеспечение', '', '', '', ''],
      ['1.1', 'Положение', 'декабрь 2022', 'ОО', 'Утверждено'],
      ['', '', '', '', ''],
      ['3.', 'Организационно-методическое сопровождение', '', '', ''],
      ['', 'Курсы Академии', 'в сроки, определяемые Академией', 'ОО', 'Повысили'],
      ['Раздел без номера', '', '', '', ''],
      [1.2, 'Числовой номер', 'май 2023', 'ОО', ''],
    ];
    const read = readRoadmap(values, { mergedRows: new Set([6]) });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.roadmap.sections.map((s) => [s.number, s.title])).toEqual([
      ['1', 'Нормативное обеспечение'], ['3', 'Организационно-методическое сопровождение'], ['', 'Раздел без номера'],
    ]);
    expect(read.roadmap.activities.map((a) => [a.row, a.number, a.section])).toEqual([[3, '1.1', 0], [6, '', 1], [8, '1.2', 2]]);
  });

  it('gives back activity numbers Sheets turned into dates ("1.2" typed → 1 February)', () => {
    const read = readRoadmap([header, [{ date: '2023-02-01' }, 'X', 'май 2023', 'ОО', ''], [{ date: '2023-10-01' }, 'Y', 'май 2023', 'ОО', '']]);
    expect(read.ok && read.roadmap.activities.map((a) => a.number)).toEqual(['1.2', '1.10']);
  });

  it('keeps a date cell as the deadline and shows it as дд.мм.гггг', () => {
    const read = readRoadmap([header, ['1', 'X', { date: '2023-06-30' }, 'ОО', '']]);
    expect(read.ok && read.roadmap.activities[0].deadline).toEqual({ date: '2023-06-30' });
    expect(read.ok && read.roadmap.activities[0].deadlineText).toBe('30.06.2023');
  });

  it('gives activities keys from their names that survive renumbering and spacing changes', () => {
    expect(activityKey('Отчёт  о реализации')).toBe(activityKey('отчет о реализации.'));
    const read = readRoadmap([header, ['1.1', 'Одно', 'май 2023', 'ОО', ''], ['1.2', 'Одно', 'июнь 2023', 'ОО', '']]);
    const keys = read.ok ? read.roadmap.activities.map((a) => a.key) : [];
    expect(keys[1]).toBe(`${keys[0]}-2`);
  });
});

describe('activityKey', () => {
  // The one-pass key must equal the key sheets already hold (made by the folded-text formula).
  const reference = (name: string): string => shortHash(foldText(name).replace(/[^0-9a-zа-я]+/g, ' ').trim());
  it('equals the folded-text key for any text', () => {
    const alphabet = fc.constantFrom(...'аБвЁёzZ09 .,-—«»"“”„\'’`\n\t\u00a0ЙйіЇ№()/'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (name) => activityKey(name) === reference(name)), { numRuns: 3000 });
    for (const name of ['Проведение «Школы наставника»', '  1.1  Разработка  положения ', 'ЁЛКА и елка', '']) expect(activityKey(name)).toBe(reference(name));
  });
  it('equals it on any Unicode too (letters whose lower case is ASCII or two characters: «İ», the Kelvin sign)', () => {
    for (const name of ['İstanbul', '\u212Aласс', 'ΣΟΦΊΑ', 'ǅ', 'Ａ１', '\ud801\udc00']) expect(activityKey(name)).toBe(reference(name));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => activityKey(name) === reference(name)), { numRuns: 5000 });
  });
});
