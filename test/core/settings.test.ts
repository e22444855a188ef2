import { inferPlan, parseMonth, readSettings, driveId, typedPlanPeriod } from '../../src/core/settings';

const defaults = { plan: { from: '2022-12', to: '2024-12' } };

describe('settings', () => {
  it('reads months as people write them', () => {
    expect(parseMonth('12.2022')).toBe('2022-12');
    expect(parseMonth('декабрь 2022')).toBe('2022-12');
    expect(parseMonth('мая 2023 г.')).toBe('2023-05');
    expect(parseMonth('март 2023')).toBe('2023-03');
    expect(parseMonth({ date: '2024-12-01' })).toBe('2024-12');
    expect(parseMonth('2023-09')).toBe('2023-09');
    expect(parseMonth('когда-нибудь')).toBeNull();
  });

  it('uses defaults and explains, in Russian, every value it could not read', () => {
    const r = readSettings([
      ['Параметр', 'Значение'],
      ['Организация', 'Школа №1'],
      ['Начало плана (месяц)', 'позже'],
      ['«Скоро срок»: за сколько дней', '7'],
      ['День рассылки', 'среда'],
      ['Час рассылки', '25'],
      ['Координаторы (email через запятую)', 'a@school.ru; не адрес'],
    ], defaults);
    expect(r.settings).toMatchObject({ organisation: 'Школа №1', plan: { from: '2022-12', to: '2024-12' }, horizonDays: 7, digestDay: 3, digestHour: 8, coordinators: ['a@school.ru'] });
    expect(r.problems.join('\n')).toMatch(/Начало плана.*позже/);
    expect(r.problems.join('\n')).toMatch(/Час рассылки.*25/);
    expect(r.problems.join('\n')).toMatch(/не адрес/);
    expect(r.missing).toContain('template');
    expect(r.rows.organisation).toBe(2);
  });

  it('takes ids from Google links', () => {
    expect(driveId('https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit')).toBe('1AbCdEfGhIjKlMnOp');
    expect(driveId('https://drive.google.com/drive/folders/0BxYzAbCdEf12345')).toBe('0BxYzAbCdEf12345');
    expect(driveId('просто текст')).toBe('');
  });

  it('infers a plan period from the years the roadmap names', () => {
    expect(inferPlan(['План на 2022 — 2024 годы', 'июнь 2023'], '2026-11-25')).toEqual({ from: '2022-01', to: '2024-12' });
    expect(inferPlan(['постоянно'], '2026-11-25')).toEqual({ from: '2026-01', to: '2026-12' });
  });
});

describe('typedPlanPeriod', () => {
  it('gives the plan period typed in «Настройки», and null when either month is missing or unreadable', () => {
    const rows = (from: string, to: string): string[][] => [['Параметр', 'Значение'], ['Начало плана (месяц)', from], ['Окончание плана (месяц)', to]];
    expect(typedPlanPeriod(rows('12.2022', '12.2024'))).toMatchObject({ from: '2022-12', to: '2024-12' });
    expect(typedPlanPeriod(rows('', '12.2024'))).toBeNull();
    expect(typedPlanPeriod(rows('12.2022', 'когда-нибудь'))).toBeNull();
    expect(typedPlanPeriod(rows('12.2024', '12.2022'))).toBeNull();
    expect(typedPlanPeriod([])).toBeNull();
  });
});

describe('settings: the school calendar', () => {
  it('reads quarters, trimesters and holidays typed as day ranges into the plan', () => {
    const r = readSettings([
      ['Четверти (даты через «;»)', '01.09–27.10; 06.11–29.12; 09.01–22.03; 01.04–24.05'],
      ['Осенние каникулы', '28.10.2023 - 05.11.2023'],
    ], defaults);
    expect(r.problems).toEqual([]);
    expect(r.settings.plan.calendar?.terms?.[1]).toEqual({ from: [11, 6], to: [12, 29] });
    expect(r.settings.plan.calendar?.holidays?.autumn).toEqual({ from: [10, 28], to: [11, 5] });
    expect(r.settings.plan.calendar?.holidays?.winter).toEqual({ from: [12, 30], to: [1, 12] });
  });
  it('leaves the plan without a calendar when the rows are empty, and explains a value it cannot read', () => {
    expect(readSettings([['Зимние каникулы', '']], defaults).settings.plan.calendar).toBeUndefined();
    const r = readSettings([['Четверти (даты через «;»)', 'с сентября по май']], defaults);
    expect(r.settings.plan.calendar).toBeUndefined();
    expect(r.problems.join('\n')).toMatch(/Четверти.*с сентября по май.*по месяцам/);
  });
});
