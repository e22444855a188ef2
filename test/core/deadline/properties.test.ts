// Properties of the deadline engine for any input: it never throws; every checkpoint lies inside the plan
// period; start ≤ due; checkpoints are sorted and unique; the same input always gives the same schedule.
import { isWorkday, weekdayOf } from '../../../src/core/deadline/working-days';
import fc from 'fast-check';
import { isIsoDate, monthEnd, monthStart } from '../../../src/core/calendar';
import { readDeadline, SEED_PLAN } from '../../../src/core/deadline';
import type { DeadlineInput, PlanPeriod, Schedule } from '../../../src/core/deadline';

const KINDS = ['once', 'range', 'recurring', 'continuous', 'as_needed', 'external', 'unknown'];

function planBounds(plan: PlanPeriod): { start: string; end: string } {
  const [fy, fm] = plan.from.split('-').map(Number);
  const [ty, tm] = plan.to.split('-').map(Number);
  let start = monthStart(fy, fm);
  if (plan.approved && plan.approved > start) start = plan.approved;
  return { start, end: monthEnd(ty, tm) };
}

/** Every invariant of the Schedule contract; throws (fails the property) when one is broken. */
function checkSchedule(s: Schedule, plan: PlanPeriod): void {
  expect(KINDS).toContain(s.kind);
  expect(typeof s.explanation).toBe('string');
  // readDeadline catches its own exceptions; a caught one would be a bug, so none may show.
  expect(s.explanation).not.toMatch(/внутренняя ошибка/);
  expect(s.explanation.length).toBeGreaterThan(0);
  expect(Array.isArray(s.warnings)).toBe(true);
  for (const w of s.warnings) expect(typeof w).toBe('string');
  const { start, end } = planBounds(plan);
  const labels = new Set<string>();
  const windows = new Set<string>();
  let prev: { start: string; due: string } | null = null;
  for (const c of s.checkpoints) {
    expect(isIsoDate(c.start) && isIsoDate(c.due)).toBe(true);
    expect(c.label.length).toBeGreaterThan(0);
    expect(c.start <= c.due).toBe(true);
    expect(c.start >= start).toBe(true);
    expect(c.due <= end).toBe(true);
    if (prev) expect(prev.due < c.due || (prev.due === c.due && prev.start < c.start)).toBe(true);
    expect(labels.has(c.label)).toBe(false);
    expect(windows.has(`${c.start}|${c.due}`)).toBe(false);
    labels.add(c.label);
    windows.add(`${c.start}|${c.due}`);
    prev = c;
  }
  if (s.kind === 'unknown') expect(s.checkpoints).toEqual([]);
}

// The grammar's words, in many forms, with the damage PDFs do to them.
const WORDS = [
  'январь', 'января', 'янв.', 'февраль', 'фев', 'март', 'марта', 'апреля', 'май', 'мая', 'мае', 'июнь', 'июне', 'июль',
  'август', 'сентябрь', 'сент.', 'сентября', 'октябрь', 'ноябрь', 'ноября', 'ноябрь-декабрь', 'декабрь', 'декабре', 'дек.',
  'квартал', 'кв.', 'квартале', 'полугодие', 'полугодия', 'четверть', 'год', 'года', 'г.', 'гг.', 'годы', 'учебный',
  'учебного', 'уч.', 'I', 'II', 'III', 'IV', 'І', 'V', 'X', '1', '2', '3', '4', '5', '12', '15', '29', '31', '0', '1-й', '2-е',
  '2022', '2023', '2024', '2025', '1999', '2199', '2023-2024', '2023/24', '2023–2025', '20242026', '15.12.2022', '01.09',
  '31.02.2023', '29.02.2024', '01.09-31.12.2023', '2023-09-01', 'ежегодно', 'ежеквартально', 'ежемесячно',
  'еженедельно', 'раз', 'раза', 'в', 'год', 'два', 'дважды', 'каждый', 'каждого', 'месяца', 'числа', 'с', 'со', 'по',
  'до', 'к', 'не', 'позднее', 'реже', 'конца', 'начало', 'середине', 'включительно', 'течение', 'всего', 'периода',
  'далее', 'затем', 'постоянно', 'по мере', 'необходимости', 'поступлени\nя', 'информаци\nи', 'определяемы\nе',
  'в соответствии с', 'планом-\nграфиком', 'сроки', 'срок', 'итогам', 'лето', 'зимой', 'и', 'или', 'н', '(', ')', ',',
  ';', ':', '-', '—', '–', '.', '«', '»', '"', '\n', '\n\n', '  ', 'Академия', 'ФГАОУ', 'cентябрь', 'KB', 'Iкв',
  '\u00AD', '\u200B', 'ё', '№', '%', '\\', '$', 'undefined', 'null', 'NaN', '9999', '0000', '00.00.0000', '99.99.9999',
];

const word = fc.constantFrom(...WORDS);
const sep = fc.constantFrom(' ', ' ', ' ', '', '\n', ', ', ' - ', '(', ') ');
const grammarText = fc.array(fc.tuple(word, sep), { maxLength: 24 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

const plan: fc.Arbitrary<PlanPeriod> = fc
  .record({
    fy: fc.integer({ min: 2015, max: 2030 }),
    fm: fc.integer({ min: 1, max: 12 }),
    months: fc.integer({ min: 0, max: 72 }),
    approvedDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  })
  .map(({ fy, fm, months, approvedDays }) => {
    const toIndex = fy * 12 + fm - 1 + months;
    const ty = Math.floor(toIndex / 12);
    const tm = (toIndex % 12) + 1;
    const from = `${fy}-${String(fm).padStart(2, '0')}`;
    const to = `${ty}-${String(tm).padStart(2, '0')}`;
    const p: PlanPeriod = { from, to };
    if (approvedDays !== undefined) {
      const d = new Date(Date.UTC(fy, fm - 1, 1 + approvedDays));
      p.approved = d.toISOString().slice(0, 10);
    }
    return p;
  });

describe('readDeadline properties', () => {
  it('never throws on any string, and keeps the contract', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkSchedule(readDeadline(text, SEED_PLAN), SEED_PLAN);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on any shuffle of the grammar words, for any plan, and keeps the contract', () => {
    fc.assert(
      fc.property(grammarText, plan, (text, p) => {
        checkSchedule(readDeadline(text, p), p);
      }),
      { numRuns: 4000 },
    );
  });

  it('keeps the contract for shuffles of real phrases', () => {
    const phrases = ['ноябрь-декабрь 2022', '(с 2023 года - ежегодно)', '1 квартал 2023', '(далее — по необходимости)',
      'ежегодно', '(июнь, декабрь)', 'июнь 2023, 2024', 'с января 2023', 'ежеквартально', 'до 01.09.2023', 'в течение',
      '2023-2024 учебного года', 'постоянно', 'по мере поступления информации', 'в сроки, определяемые', '«Академия»'];
    fc.assert(
      fc.property(fc.shuffledSubarray(phrases, { minLength: 1 }), plan, (parts, p) => {
        checkSchedule(readDeadline(parts.join(' '), p), p);
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic: the same text and plan give the same schedule', () => {
    fc.assert(
      fc.property(grammarText, plan, (text, p) => {
        expect(readDeadline(text, p)).toEqual(readDeadline(text, p));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any cell value', () => {
    const value: fc.Arbitrary<DeadlineInput> = fc.oneof(
      fc.constant(null), fc.constant(undefined), fc.double(), fc.integer(),
      fc.record({ date: fc.string({ maxLength: 12 }) }),
      fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
        .map((d) => ({ date: d.toISOString().slice(0, 10) })),
    );
    fc.assert(
      fc.property(value, plan, (v, p) => {
        checkSchedule(readDeadline(v, p), p);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on a broken plan', () => {
    const badPlan = fc.record({ from: fc.string({ maxLength: 8 }), to: fc.string({ maxLength: 8 }), approved: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) });
    fc.assert(
      fc.property(grammarText, badPlan, (text, p) => {
        const s = readDeadline(text, p as PlanPeriod);
        expect(KINDS).toContain(s.kind);
      }),
      { numRuns: 500 },
    );
    expect(readDeadline('июнь 2023', { from: '2024-01', to: '2023-01' }).checkpoints).toEqual([]);
    expect(readDeadline('июнь 2023', null as unknown as PlanPeriod).warnings.join(' ')).toMatch(/Период плана задан неверно/);
  });

  it('reads a few thousand characters in reasonable time', () => {
    const long = 'ежегодно (июнь, декабрь), '.repeat(150) + 'поступлени\nя '.repeat(100);
    const t0 = Date.now();
    checkSchedule(readDeadline(long, SEED_PLAN), SEED_PLAN);
    checkSchedule(readDeadline('1'.repeat(5000), SEED_PLAN), SEED_PLAN);
    checkSchedule(readDeadline('«'.repeat(3000), SEED_PLAN), SEED_PLAN);
    checkSchedule(readDeadline('с '.repeat(2000), SEED_PLAN), SEED_PLAN);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

// The new phrase forms (forms/*): lags, weekdays, events, school calendar, weeks, Roman months, «раз в N лет»,
// typos and damaged numbers, mixed with the old grammar, for any plan and any school calendar.
const FORM_WORDS = [
  'ежемесячно', 'ежеквартально', 'до', 'не позднее', 'чем', 'за', '15', '7-го', '01', 'числа', 'месяца', 'следующего',
  'отчетным', 'отчётным', 'кварталом', 'периодом', 'года', 'июня', 'в течение', '5', 'рабочих', 'дней', 'после', 'окончания',
  'квартала', 'во', 'вторую', 'первый', 'последнюю', 'среду', 'понедельник', 'пятницу', 'по четвергам', 'каждый', 'каждую',
  'рабочую', 'февраля', 'мая', 'месяца', 'неделю', 'недели', 'неделе', '3-й', 'на', 'сентября', 'со дня', 'с момента',
  'назначения', 'издания', 'приказа', 'по окончании', 'курсов', 'до начала', 'проведения', 'месячный срок', 'осенние',
  'летних', 'зимние', 'каникулы', 'каникул', 'в период', 'по итогам', 'четверти', 'триместра', 'II', 'триместр', 'к концу',
  'V.2024', '15.V.2024', 'XII.2023', 'раз в 2 года', '1 раз в 5 лет', 'фквраль', 'сентябь', 'июмя', '32 декабря', '13 месяц',
  'V квартал', '2О23', '2023', '2024', '2023/2024', 'учебного', 'ноябрь – февраль', ',', ';', '(', ')', ' ',
];
const formText = fc.array(fc.constantFrom(...FORM_WORDS, ...WORDS), { maxLength: 20 }).map((xs) => xs.join(' '));
const dayRange = fc.record({ fm: fc.integer({ min: 1, max: 12 }), fd: fc.integer({ min: 1, max: 28 }), tm: fc.integer({ min: 1, max: 12 }), td: fc.integer({ min: 1, max: 28 }) })
  .map(({ fm, fd, tm, td }) => ({ from: [fm, fd] as [number, number], to: [tm, td] as [number, number] }));
const calendar = fc.option(fc.record({ terms: fc.array(dayRange, { minLength: 4, maxLength: 4 }), trimesters: fc.array(dayRange, { minLength: 3, maxLength: 3 }) }), { nil: undefined });

describe('readDeadline properties: the new forms', () => {
  it('never throws, keeps every checkpoint inside the plan, sorted and unique, for any school calendar', () => {
    fc.assert(
      fc.property(formText, plan, calendar, (text, p, cal) => {
        const withCal: PlanPeriod = cal ? { ...p, calendar: cal } : p;
        checkSchedule(readDeadline(text, withCal), withCal);
      }),
      { numRuns: 3000 },
    );
  });
});

// The forms learnt from the second corpus collection, mixed with the rest of the grammar.
const SECOND_WORDS = [
  'с 9 по 20 января', 'года, следующего за отчетным', 'следующего за отчетным годом', '(за год до 25 числа месяца)', 'в день',
  'подписания', 'обращения', 'с даты', 'подачи', 'заявления', 'не менее', 'одного', 'собрания', 'двух', 'в месяц', 'в четверть',
  'школьных', 'в течении', 'первый рабочий понедельник', 'ноября', 'по окончании первого полугодия', 'в течение трех рабочих дней',
  'не реже', 'раза в полугодие',
];
const secondText = fc.array(fc.constantFrom(...SECOND_WORDS, ...FORM_WORDS, ...WORDS), { maxLength: 20 }).map((xs) => xs.join(' '));

describe('readDeadline properties: the second collection’s forms and working days', () => {
  it('never throws, keeps every checkpoint inside the plan, sorted and unique', () => {
    fc.assert(
      fc.property(secondText, plan, calendar, (text, p, cal) => {
        const withCal: PlanPeriod = cal ? { ...p, calendar: cal } : p;
        checkSchedule(readDeadline(text, withCal), withCal);
      }),
      { numRuns: 2000 },
    );
  });
  it('puts «N-й рабочий <день недели> <месяца>» and «N рабочих дней после …» on working days of the Russian calendar', () => {
    const ORD = ['первый', 'второй', 'третий', 'последний'];
    const ORD_F = ['первую', 'вторую', 'третью', 'последнюю'];
    const DAY = ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу'];
    const MONTH = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    const yearPlan = fc.integer({ min: 2022, max: 2027 }).map((y): PlanPeriod => ({ from: `${y}-01`, to: `${y}-12` }));
    let days = 0;
    fc.assert(
      fc.property(fc.nat(3), fc.nat(4), fc.nat(11), yearPlan, (o, d, m, p) => {
        const work = d === 2 || d === 4 ? 'рабочую' : 'рабочий';
        const ord = d === 2 || d === 4 ? ORD_F[o] : ORD[o];
        const s = readDeadline(`${ord} ${work} ${DAY[d]} ${MONTH[m]}`, p);
        checkSchedule(s, p);
        days += s.checkpoints.length;
        for (const c of s.checkpoints) {
          expect(weekdayOf(c.due)).toBe(d + 1);
          expect(isWorkday(c.due)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(days).toBeGreaterThanOrEqual(300); // one day a year each time: the property is not vacuous
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.constantFrom('месяца', 'квартала', 'полугодия', 'года'), yearPlan, (n, per, p) => {
        const s = readDeadline(`в течение ${n} рабочих дней после окончания ${per}`, p);
        checkSchedule(s, p);
        for (const c of s.checkpoints) expect(isWorkday(c.due)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
