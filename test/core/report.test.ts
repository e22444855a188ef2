// The report's pure core: periods, option checking, the model (counts, rows, marks, overdue), placeholders.
import { buildOverview } from '../../src/core/overview';
import { planCheckpoints, type CheckpointRow } from '../../src/core/checkpoints';
import { readDeadline } from '../../src/core/deadline';
import { readRoadmap } from '../../src/core/roadmap';
import { buildReport, readReportOptions, reportPeriod } from '../../src/core/report';
import { countPlan } from '../../src/core/counts';
import { isNoteText, isTableParagraph, scanPlaceholders, unknownNames } from '../../src/core/placeholders';
import { REPORT } from '../../src/text/ru';

const PLAN = { from: '2022-12', to: '2024-12' };

function overview(today: string, marks: Record<string, { status: string; done?: string; evidence?: string }>) {
  const read = readRoadmap([
    ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат'],
    ['1.', 'Нормативное обеспечение', '', '', ''],
    ['1.1', 'Положение', 'декабрь 2022', 'Иванова И.И.', 'Положение утверждено'],
    ['1.2', 'Мониторинг', 'ежегодно (июнь, декабрь)', 'Петров П.П.; ОО', 'Данные'],
    ['2.', 'Методическое сопровождение', '', '', ''],
    ['2.1', 'Консультации', 'постоянно', 'Сидорова', 'Консультации проведены'],
    ['2.2', 'Семинар', 'см. приложение', 'Сидорова', 'Семинар'],
  ]);
  if (!read.ok) throw new Error('roadmap');
  const schedules = read.roadmap.activities.map((a) => readDeadline(a.deadlineText, PLAN));
  const planned = planCheckpoints(read.roadmap, schedules);
  const rows: CheckpointRow[] = planned.map((p, i) => {
    const m = marks[`${p.number} ${p.label}`];
    return {
      row: i + 2, key: p.key, number: p.number, activity: p.activity, label: p.label, start: p.start, due: p.due, responsible: p.responsible,
      state: '', status: m?.status ?? '', done: m?.done ?? '', evidence: m?.evidence ?? '', comment: '', typed: !!m,
    };
  });
  return buildOverview(read.roadmap, schedules, planned, rows, { today, days: 14 });
}

describe('periods and options', () => {
  it('labels the four choices and bounds them by the plan', () => {
    expect(reportPeriod({ kind: 'plan' }, PLAN)).toEqual({ from: '2022-12-01', to: '2024-12-31', label: 'весь период плана (декабрь 2022 — декабрь 2024)' });
    expect(reportPeriod({ kind: 'year', year: 2023 }, PLAN).label).toBe('2023 год');
    expect(reportPeriod({ kind: 'half', year: 2024, half: 1 }, PLAN)).toEqual({ from: '2024-01-01', to: '2024-06-30', label: 'I полугодие 2024' });
    expect(reportPeriod({ kind: 'upTo', date: '2026-11-25' }, { ...PLAN, approved: '2022-12-16' })).toEqual({ from: '2022-12-16', to: '2024-12-31', day: '2026-11-25', whole: true, label: 'весь план на 25.11.2026' });
  });

  it('reads what the dialog sends and refuses anything else in Russian', () => {
    expect(readReportOptions(undefined, PLAN, '2024-06-20')).toEqual({ ok: true, options: { choice: { kind: 'upTo', date: '2024-06-20' }, pdf: false } });
    expect(readReportOptions({ period: 'half', year: '2024', half: '2', pdf: true }, PLAN, '2024-06-20')).toEqual({ ok: true, options: { choice: { kind: 'half', year: 2024, half: 2 }, pdf: true } });
    expect(readReportOptions({ period: 'upTo', date: '15.03.2023' }, PLAN, '2024-06-20')).toEqual({ ok: true, options: { choice: { kind: 'upTo', date: '2023-03-15' }, pdf: false } });
    expect(readReportOptions({ period: 'year', year: 2030 }, PLAN, '2024-06-20')).toEqual({ ok: false, message: REPORT.errors.badYear(2022, 2024) });
    expect(readReportOptions({ period: 'upTo', date: '01.01.2020' }, PLAN, '2024-06-20')).toEqual({ ok: false, message: REPORT.errors.dateBeforePlan('01.12.2022') });
    expect(readReportOptions({ period: 'drop table' }, PLAN, '2024-06-20')).toEqual({ ok: false, message: REPORT.errors.badOptions });
    expect(readReportOptions([1], PLAN, '2024-06-20')).toEqual({ ok: false, message: REPORT.errors.badOptions });
  });

  it('never reads an emptied or impossible date as today (the browser sends "" for 31.02 or a cleared part)', () => {
    const refused = (date: unknown): string => {
      const r = readReportOptions({ period: 'upTo', date }, PLAN, '2024-06-20');
      return r.ok ? 'accepted' : r.message;
    };
    expect(refused('')).toBe(REPORT.errors.noDate);
    expect(refused('  ')).toBe(REPORT.errors.noDate);
    expect(refused(null)).toBe(REPORT.errors.noDate);
    expect(refused('2024-02-31')).toBe(REPORT.errors.badDate);
    expect(refused('29.02.2023')).toBe(REPORT.errors.badDate);
    expect(refused(20240220)).toBe(REPORT.errors.badDate);
    // 15.11.24 typed into a date field: the browser sends year 24.
    expect(refused('0024-11-15')).toBe(REPORT.errors.yearDigits);
    expect(refused('024-11-15')).toBe(REPORT.errors.yearDigits);
    expect(refused('2024-02-29')).toBe('accepted');
  });
});

describe('the report model', () => {
  const ov = overview('2023-07-10', {
    '1.1 декабрь 2022': { status: 'Выполнено', done: '20.12.2022', evidence: 'Приказ https://school.example/p.pdf.' },
    '1.2 июнь 2023': { status: 'Выполнено', done: '05.07.2023' },
    '1.2 декабрь 2022': { status: 'Не требуется' },
  });
  const model = buildReport({ overview: ov, organisation: 'Школа', planTitle: 'План', period: reportPeriod({ kind: 'upTo', date: '2023-07-10' }, PLAN) });

  it('«план на дату» counts the whole plan as it stands on the day (src/core/counts.ts)', () => {
    expect(model.counts).toEqual({ inPlan: 5, dueByDay: 2, done: 2, onTime: 1, late: 1, overdue: 0, notYetDue: 3, notRequired: 1, notTracked: 2, percent: 40 });
    expect(model.counts).toEqual(countPlan(ov.activities, '2023-07-10'));
    expect(model.values['Процент']).toBe('40\u00a0%');
    expect(model.values['Период']).toBe('весь план на 10.07.2023');
    expect([model.values['В плане'], model.values['Срок наступил'], model.values['Не наступил срок'], model.values['На дату']]).toEqual(['5', '2', '3', '10.07.2023']);
    expect(REPORT.docName(model.values['Период'], '10.07.2023')).toBe('Отчёт о реализации дорожной карты — весь план на 10.07.2023');
  });

  it('marks the demo\'s made-up completions (comment «ПРИМЕР…») in the table and counts them', () => {
    const base = overview('2023-07-10', { '1.1 декабрь 2022': { status: 'Выполнено', done: '20.12.2022' } });
    const example = { ...base, activities: base.activities.map((v) => ({ ...v, checkpoints: v.checkpoints.map((c) => ({ ...c, comment: c.number === '1.1' ? 'ПРИМЕР: вымышленная отметка для демонстрации' : '' })) })) };
    const m = buildReport({ overview: example, organisation: '', planTitle: '', period: reportPeriod({ kind: 'upTo', date: '2023-07-10' }, PLAN) });
    expect(m.sections[0].rows[0].markText).toBe('декабрь 2022: выполнено 20.12.2022 [ПРИМЕР — вымышленная отметка]');
    expect(m.examples).toBe(1);
  });

  it('lists activities with checkpoints in the period and those without dated checkpoints, with words and links', () => {
    expect(model.sections.map((s) => [s.heading, s.rows.map((r) => r.number)])).toEqual([
      ['Раздел 1. Нормативное обеспечение', ['1.1', '1.2']],
      ['Раздел 2. Методическое сопровождение', ['2.1', '2.2']],
    ]);
    const [r11, r12] = model.sections[0].rows;
    expect(r11.markText).toBe('декабрь 2022: выполнено 20.12.2022; подтверждение: Приказ https://school.example/p.pdf.');
    expect(r11.links).toEqual([{ text: 'https://school.example/p.pdf', url: 'https://school.example/p.pdf' }]);
    expect(r12.markText).toBe('декабрь 2022: не требуется\nиюнь 2023: выполнено с опозданием 05.07.2023 (на 5 дн.)\nсрок не наступил — декабрь 2023, июнь 2024, декабрь 2024');
    expect(r12.responsible).toBe('Петров П.П.; ОО');
    expect(model.sections[1].rows.map((r) => r.markText)).toEqual(['постоянно', 'срок не распознан']);
    expect(model.unreadable).toBe(1);
    expect(model.sections[1].progress).toBe('Контрольных точек со сроком в отчётном периоде нет.');
    expect(model.sections[0].progress).toBe('Выполнено: 2 из 5 (40\u00a0%), в срок — 1, с опозданием — 1; просрочено — 0; срок ещё не наступил — 3.');
  });

  it('puts overdue checkpoints with days and responsible into the overdue list, oldest first', () => {
    const late = buildReport({ overview: overview('2024-01-15', {}), organisation: '', planTitle: '', period: reportPeriod({ kind: 'plan' }, PLAN) });
    expect(late.overdue.map((o) => [o.number, o.label, o.days, o.responsible])).toEqual([
      ['1.1', 'декабрь 2022', 380, 'Иванова И.И.'],
      ['1.2', 'декабрь 2022', 380, 'Петров П.П.; ОО'],
      ['1.2', 'июнь 2023', 199, 'Петров П.П.; ОО'],
      ['1.2', 'декабрь 2023', 15, 'Петров П.П.; ОО'],
    ]);
    expect(late.counts.notYetDue).toBe(2);
    expect(late.sections[0].rows[1].markText).toContain('срок не наступил — июнь 2024, декабрь 2024');
  });

  it('a half-year drops activities whose checkpoints all fall outside it', () => {
    const h = buildReport({ overview: ov, organisation: '', planTitle: '', period: reportPeriod({ kind: 'half', year: 2023, half: 1 }, PLAN) });
    expect(h.sections[0].rows.map((r) => r.number)).toEqual(['1.2']);
  });
});

describe('placeholders', () => {
  it('recognises known names whatever the spacing and case, and reports the rest', () => {
    const found = scanPlaceholders(['{{Организация}} и {{ дата }}', '{{Директор}} {{Организация}}', '{{Таблица}}']);
    expect(found.map((o) => [o.text, o.name])).toEqual([['{{Организация}}', 'Организация'], ['{{ дата }}', 'Дата'], ['{{Директор}}', null], ['{{Таблица}}', 'Таблица']]);
    expect(unknownNames(found)).toEqual(['Директор']);
    expect([isTableParagraph(' {{ таблица }} '), isTableParagraph('См. {{Таблица}}'), isNoteText('  ✎ памятка'), isNoteText('текст ✎')]).toEqual([true, false, true, false]);
  });
});
