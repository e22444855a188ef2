// The new phrase forms (src/core/deadline/forms/*), each with its examples; damaged numbers (issue 11) make a phrase
// unreadable or carry a warning; very long repetitive lists read in linear time (checked by counting, not timing).
import { readDeadline } from '../../../src/core/deadline';
import type { PlanPeriod } from '../../../src/core/deadline';
import { EVENT_EXAMPLES } from '../../../src/core/deadline/forms/events';
import { LAG_EXAMPLES } from '../../../src/core/deadline/forms/lags';
import { WEEKDAY_EXAMPLES } from '../../../src/core/deadline/forms/weekdays';
import { DATE_EXAMPLES } from '../../../src/core/deadline/forms/dates';
import { MARKER_EXAMPLES } from '../../../src/core/deadline/forms/markers';
import { MONTH_EXAMPLES } from '../../../src/core/deadline/forms/months';
import { ORDINAL_EXAMPLES } from '../../../src/core/deadline/forms/ordinals';
import { RANGE_EXAMPLES } from '../../../src/core/deadline/forms/ranges';
import { RECURRENCE_EXAMPLES } from '../../../src/core/deadline/forms/recurrence';
import { YEAR_EXAMPLES } from '../../../src/core/deadline/forms/years';

const SY: PlanPeriod = { from: '2023-09', to: '2024-08' };
const CAL: PlanPeriod = { from: '2023-01', to: '2024-12' };
const dues = (text: string, plan: PlanPeriod = SY): string[] => readDeadline(text, plan).checkpoints.map((c) => c.due);

describe('reporting lags', () => {
  it('reads every example as recurring', () => {
    for (const t of LAG_EXAMPLES) expect(readDeadline(t, CAL).kind).toBe('recurring');
  });
  it('puts the due date after the period', () => {
    expect(dues('до 7-го числа месяца, следующего за отчётным', { from: '2023-01', to: '2023-04' })).toEqual(['2023-02-07', '2023-03-07', '2023-04-07']);
    expect(dues('ежеквартально, не позднее 15 числа месяца, следующего за отчетным кварталом', CAL)).toEqual(
      ['2023-04-15', '2023-07-15', '2023-10-15', '2024-01-15', '2024-04-15', '2024-07-15', '2024-10-15']);
    expect(dues('в течение 5 рабочих дней после окончания квартала', { from: '2024-01', to: '2024-12' })).toEqual(['2024-04-05', '2024-07-05', '2024-10-07']);
  });
  it('labels a checkpoint with its period and due day', () => {
    expect(readDeadline('ежемесячно до 15 числа месяца, следующего за отчетным', { from: '2023-01', to: '2023-02' }).checkpoints)
      .toEqual([{ label: 'за январь 2023 — до 15.02.2023', start: '2023-01-01', due: '2023-02-15' }]);
  });
  it('says when the reporting period is assumed', () => {
    expect(readDeadline('до 7 числа месяца, следующего за отчётным', CAL).warnings.join(' ')).toMatch(/Отчётный период не назван/);
  });
});

describe('event-relative deadlines', () => {
  it('reads every example as «по мере необходимости» with the event named', () => {
    for (const t of EVENT_EXAMPLES) {
      const s = readDeadline(t, SY);
      expect([t, s.kind]).toEqual([t, 'as_needed']);
      expect(s.explanation).toContain(t.split(' ').slice(-1)[0]);
      expect(s.warnings.join(' ')).toMatch(/от события/);
    }
  });
  it('keeps a lag after a period a lag, not an event', () => {
    expect(readDeadline('в течение 5 рабочих дней после окончания квартала', CAL).kind).toBe('recurring');
  });
});

describe('weekday schedules', () => {
  it('reads each example', () => {
    for (const t of WEEKDAY_EXAMPLES) expect(readDeadline(t, SY).kind).not.toBe('unknown');
  });
  it('gives the n-th weekday of a month, once a year or every month', () => {
    expect(dues('во вторую среду февраля')).toEqual(['2024-02-14']);
    expect(dues('в последнюю пятницу мая')).toEqual(['2024-05-31']);
    expect(dues('каждую первую среду месяца', { from: '2024-01', to: '2024-03' })).toEqual(['2024-01-03', '2024-02-07', '2024-03-06']);
  });
  it('skips public holidays for a working day, and says transfers are not counted', () => {
    const s = readDeadline('во вторую рабочую среду марта', { from: '2023-01', to: '2023-12' });
    expect(s.checkpoints.map((c) => c.due)).toEqual(['2023-03-15']);
  });
  it('reads a weekly schedule as continuous, without 52 checkpoints', () => {
    for (const t of ['каждый понедельник', 'по четвергам', 'раз в неделю', 'еженедельно по средам']) {
      const s = readDeadline(t, SY);
      expect([t, s.kind, s.checkpoints.length]).toEqual([t, 'continuous', 0]);
    }
  });
});

describe('school calendar', () => {
  it('reads holidays with the default calendar', () => {
    expect(readDeadline('в осенние каникулы', SY).checkpoints).toEqual([{ label: 'осенние каникулы 2023/2024 учебного года', start: '2023-10-26', due: '2023-11-04' }]);
    expect(dues('в период летних каникул')).toEqual(['2024-08-31']);
    expect(dues('зимние каникулы')).toEqual(['2024-01-12']);
  });
  it('reads the school’s own calendar from the plan', () => {
    const plan: PlanPeriod = { ...SY, calendar: { holidays: { autumn: { from: [10, 28], to: [11, 5] }, winter: { from: [12, 30], to: [1, 8] }, spring: { from: [3, 23], to: [3, 31] }, summer: { from: [5, 27], to: [8, 31] } } } };
    expect(dues('в осенние каникулы', plan)).toEqual(['2023-11-05']);
    expect(dues('к концу II четверти', { ...SY, calendar: { terms: [
      { from: [9, 1], to: [10, 27] }, { from: [11, 6], to: [12, 29] }, { from: [1, 9], to: [3, 22] }, { from: [4, 1], to: [5, 24] }] } })).toEqual(['2023-12-29']);
  });
  it('reads trimesters and «по итогам четверти»', () => {
    expect(dues('II триместр 2023/2024 учебного года')).toEqual(['2024-02-29']);
    expect(dues('по итогам триместра')).toEqual(['2023-11-30', '2024-02-29', '2024-05-31']);
    expect(dues('по итогам четверти')).toEqual(['2023-10-31', '2023-12-31', '2024-03-31', '2024-05-31']);
  });
});

describe('spans, weeks, Roman months, every n years', () => {
  it('reads a month range over New Year as one window', () => {
    expect(readDeadline('ноябрь – февраль', SY).checkpoints).toEqual([{ label: 'ноябрь 2023 – февраль 2024', start: '2023-11-01', due: '2024-02-29' }]);
  });
  it('reads weeks of a month', () => {
    expect(readDeadline('на 3-й неделе сентября 2023', SY).checkpoints).toEqual([{ label: '3-я неделя сентября 2023', start: '2023-09-15', due: '2023-09-21' }]);
    expect(dues('в последнюю неделю мая')).toEqual(['2024-05-31']);
  });
  it('reads Roman-numeral months', () => {
    expect(dues('до 15.V.2024')).toEqual(['2024-05-15']);
    expect(dues('XII.2023')).toEqual(['2023-12-31']);
  });
  it('reads «раз в 2 года» from the plan’s first year', () => {
    const s = readDeadline('раз в 2 года', { from: '2023-01', to: '2026-12' });
    expect(s.checkpoints.map((c) => c.label)).toEqual(['2023–2024 годы', '2025–2026 годы']);
    expect(s.warnings.join(' ')).toMatch(/от 2023 года/);
  });
});

describe('typos', () => {
  it('reads a misspelt month when one month is that close, always with a warning', () => {
    const s = readDeadline('фквраль 2024', SY);
    expect(s.checkpoints.map((c) => c.label)).toEqual(['февраль 2024']);
    expect(s.warnings.join(' ')).toMatch(/«фквраль» прочитано как «февраль»/);
    expect(dues('сентябь 2023')).toEqual(['2023-09-30']);
  });
  it('never reads a typo as another month when two are equally close', () => {
    const s = readDeadline('июмя 2024', SY); // июня? июля?
    expect(s.checkpoints.map((c) => c.label)).not.toContain('июнь 2024');
    expect(s.warnings.join(' ')).toMatch(/неясно какого/);
  });
});

describe('damaged numbers (issue 11)', () => {
  it.each([
    ['32 декабря 2023', /нет такого дня/],
    ['V квартал 2023', /нет квартала с таким номером/],
    ['13 месяц 2023', /нет месяца с номером 13/],
  ])('%s is not read as something else', (text, warning) => {
    const s = readDeadline(text, CAL);
    expect(s.kind).toBe('unknown');
    expect(s.checkpoints).toEqual([]);
    expect(s.warnings.join(' ')).toMatch(warning);
  });
  it('reads a year typed with the letter «О» as that year, with a warning', () => {
    const s = readDeadline('декабрь 2О23', CAL);
    expect(s.checkpoints.map((c) => c.label)).toEqual(['декабрь 2023']);
    expect(s.warnings.join(' ')).toMatch(/буква «О».*2023/);
  });
});

describe('long repetitive lists', () => {
  it('read every item (no work that grows with the square of the list is needed to do so)', () => {
    const text = Array.from({ length: 300 }, (_, i) => `${(i % 28) + 1}.0${(i % 9) + 1}.2024`).join(', ').slice(0, 4000);
    const s = readDeadline(text, CAL);
    expect(s.kind).toBe('recurring');
    expect(s.checkpoints.length).toBeGreaterThan(200);
  });
});

describe('working days with the government’s transfers of days off', () => {
  it('skips a transferred day off (8 May 2023, Пост. № 1505) and a holiday moved from a weekend', () => {
    expect(dues('первый рабочий понедельник мая', { from: '2023-01', to: '2023-12' })).toEqual(['2023-05-15']);
    expect(dues('первый рабочий понедельник ноября', { from: '2023-01', to: '2023-12' })).toEqual(['2023-11-13']);
  });
  it('counts a working Saturday (2 November 2024, Пост. № 1314) as a working day', () => {
    // October 2024 ends on Thursday: Fri 01.11, Sat 02.11 (working), Tue 05.11 (04.11 a holiday), 06.11, 07.11
    expect(dues('в течение 5 рабочих дней после окончания месяца', { from: '2024-10', to: '2024-11' })).toEqual(['2024-11-07']);
    // Q4 2024: 31.12 is a transferred day off, 01–08.01 holidays: 09, 10, 13, 14, 15 January 2025
    expect(dues('в течение 5 рабочих дней после окончания квартала', { from: '2024-07', to: '2025-03' })).toEqual(['2024-10-07', '2025-01-15']);
  });
  it('says which years’ decrees were used, and when a year’s transfers are unknown', () => {
    const known = readDeadline('первый рабочий понедельник мая', { from: '2024-01', to: '2024-12' }).warnings.join(' ');
    expect(known).toMatch(/переносам выходных по постановлениям Правительства на 2024 г\./);
    const unknown = readDeadline('первый рабочий понедельник мая', { from: '2030-01', to: '2030-12' }).warnings.join(' ');
    expect(unknown).toMatch(/переносы на 2030 г\. неизвестны и не учтены/);
  });
});

describe('forms learnt from the second corpus collection', () => {
  it('reads a lag with a span of days, with «годом» after «отчётным», and with a note in brackets (warned)', () => {
    expect(dues('с 9 по 20 января года, следующего за отчетным', { from: '2022-01', to: '2023-12' })).toEqual(['2023-01-20']);
    expect(dues('до 01 февраля, следующего за отчетным годом', { from: '2025-01', to: '2026-12' })).toEqual(['2026-02-01']);
    const s = readDeadline('ежеквартально до 15 числа месяца (за год до 25 числа месяца), следующего за отчетным', { from: '2024-01', to: '2024-12' });
    expect(s.checkpoints.map((c) => c.due)).toEqual(['2024-04-15', '2024-07-15', '2024-10-15']);
    expect(s.warnings.join(' ')).toMatch(/Уточнение в скобках «за год до 25 числа месяца» не учтено/);
  });
  it('reads events counted from a date or on the day of an event', () => {
    for (const t of ['в течение трех рабочих дней с даты завершения приема заявлений', 'Не позднее 1 рабочего дня с даты подачи заявления',
      'в день подписания', 'в день обращения']) expect([t, readDeadline(t, SY).kind]).toEqual([t, 'as_needed']);
    expect(readDeadline('в день', SY).kind).toBe('unknown');
  });
  it('reads «не менее N … в <период>» as a recurrence', () => {
    expect(dues('не менее одного собрания в четверть')).toEqual(['2023-10-31', '2023-12-31', '2024-03-31', '2024-05-31']);
    expect(readDeadline('не менее двух в месяц', SY).kind).toBe('continuous');
    expect(dues('не реже 1 раза в полугодие', CAL)).toEqual(['2023-06-30', '2023-12-31', '2024-06-30', '2024-12-31']);
  });
  it('reads school holidays with «школьных», and the end of an undated half-year by the plan', () => {
    expect(dues('В период летних школьных каникул')).toEqual(['2024-08-31']);
    expect(dues('по окончании первого полугодия')).toEqual(['2023-12-31']);
    expect(dues('по окончании первого полугодия', CAL)).toEqual(['2023-06-30', '2024-06-30']);
  });
  it('reads the common misspelling «в течении»', () => {
    expect(readDeadline('В течении учебного года', SY).kind).toBe('continuous');
  });
});

describe('each phrase form module reads its own examples', () => {
  const MODULES: [string, string[]][] = [
    ['years', YEAR_EXAMPLES], ['ordinals', ORDINAL_EXAMPLES], ['dates', DATE_EXAMPLES], ['months', MONTH_EXAMPLES],
    ['ranges', RANGE_EXAMPLES], ['recurrence', RECURRENCE_EXAMPLES], ['markers', MARKER_EXAMPLES], ['lags', LAG_EXAMPLES],
    ['events', EVENT_EXAMPLES], ['weekdays', WEEKDAY_EXAMPLES],
  ];
  it.each(MODULES)('%s: every example is read, with no word left over', (_name, examples) => {
    for (const t of examples) {
      const s = readDeadline(t, CAL);
      expect([t, s.kind === 'unknown', s.warnings.some((w) => w.startsWith('Не понято'))]).toEqual([t, false, false]);
    }
  });
  it('reads the examples as a person would', () => {
    expect(dues('2023–2024 гг.', CAL)).toEqual(['2024-12-31']);
    expect(dues('1-2 кв. 2024', CAL)).toEqual(['2024-06-30']);
    expect(dues('4, 9 и 23 сентября', CAL)).toEqual(['2023-09-04', '2023-09-09', '2023-09-23', '2024-09-04', '2024-09-09', '2024-09-23']);
    expect(dues('ноябрь 2023 - февраль 2024', CAL)).toEqual(['2024-02-29']);
    expect(dues('с 1 по 15 сентября', SY)).toEqual(['2023-09-15']);
    expect(dues('раз в квартал', { from: '2024-01', to: '2024-12' })).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    expect(readDeadline('в соответствии с приказом от 16.12.2022 № 135', CAL).kind).toBe('external');
  });
});
