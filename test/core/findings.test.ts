import fc from 'fast-check';
import { activityTitle, findFindings, countFindings, groupBySeverity } from '../../src/core/findings';
import { buildOverview } from '../../src/core/overview';
import { planCheckpoints, type CheckpointRow } from '../../src/core/checkpoints';
import { readRoadmap } from '../../src/core/roadmap';
import { PeopleDirectory } from '../../src/core/responsible';
import type { Schedule } from '../../src/core/deadline/schedule';

const header = ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Результат'];
const once = (label: string, start: string, due: string): Schedule => ({ kind: 'once', checkpoints: [{ label, start, due }], explanation: '', warnings: [] });

interface Extra { julyWarnings?: string[]; more?: CheckpointRow[]; people?: (p: PeopleDirectory) => void; settingProblems?: string[] }

function setup(rows: Partial<CheckpointRow>[], today = '2023-06-20', extra: Extra = {}) {
  const read = readRoadmap([
    header,
    ['1.1', 'Отчёт', 'май 2023', 'ОО', ''],
    ['1.2', 'Мониторинг', 'июль 2023', 'Завуч', ''],
    ['1.1', 'Повтор номера', 'неведомо когда', '', ''],
  ]);
  if (!read.ok) throw new Error('roadmap');
  const schedules: Schedule[] = [
    once('май 2023', '2023-05-01', '2023-05-31'),
    { ...once('июль 2023', '2023-07-01', '2023-07-31'), warnings: extra.julyWarnings ?? [] },
    { kind: 'unknown', checkpoints: [], explanation: '', warnings: extra.julyWarnings ? ['нет ни месяца, ни года.'] : ['нет ни месяца, ни года'] },
  ];
  const planned = planCheckpoints(read.roadmap, schedules);
  const existing: CheckpointRow[] = planned.map((p, i) => ({
    row: i + 2, key: p.key, number: p.number, activity: p.activity, label: p.label, start: p.start, due: p.due,
    responsible: p.responsible, state: '', status: '', done: '', evidence: '', comment: '', typed: false, ...rows[i],
  }));
  existing.push(...(extra.more ?? []));
  const overview = buildOverview(read.roadmap, schedules, planned, existing, { today, days: 14 });
  const people = new PeopleDirectory();
  people.add('ОО', ['oo@school.ru'], 2);
  extra.people?.(people);
  return findFindings({ overview, people, settingProblems: extra.settingProblems });
}

describe('findings', () => {
  it('reports overdue with days, unreadable deadlines, missing people and emails, duplicate numbers', () => {
    const f = setup([{}, {}]);
    expect(countFindings(f)).toEqual({ overdue: 1, unreadable_deadline: 1, no_responsible: 1, no_email: 1, duplicate_number: 1 });
    expect(f[0]).toMatchObject({ type: 'overdue', severity: 'critical', sheet: 'Контрольные точки', row: 2 });
    expect(f[0].message).toBe('май 2023: срок 31.05.2023, просрочено на 20 дн.');
    expect(f.find((x) => x.type === 'no_email')!.message).toContain('«Завуч»');
    expect(f.find((x) => x.type === 'unreadable_deadline')!).toMatchObject({ row: 4, sheet: 'Дорожная карта' });
  });

  it('reports done without date or evidence, a future date, an unknown status', () => {
    const f = setup([{ status: 'Выполнено', typed: true }, { status: 'Готово', done: '01.01.2030', typed: true }], '2023-07-25');
    const types = f.map((x) => x.type);
    expect(types).toEqual(expect.arrayContaining(['done_without_date', 'done_without_evidence', 'done_in_future', 'unknown_status', 'due_soon']));
    expect(types).not.toContain('overdue');
  });

  it('says everything in order: severity, then sheet, then row; each finding on its own sheet and row', () => {
    const f = setup([{ status: 'Выполнено', done: '31.13.2023', typed: true }], '2023-07-25', {
      julyWarnings: ['Год не указан: взят 2023.'],
      more: [{ row: 9, key: 'gone|март 2023', number: '1.3', activity: 'Снятое', label: 'март 2023', start: '', due: '2023-03-31', responsible: '', state: '', status: 'В работе', done: '', evidence: '', comment: 'x', typed: true }],
      people: (p) => p.add('Завуч', [], 5),
      settingProblems: ['Настройка «Начало плана»: не понято «весна».'],
    });
    expect(f.map((x) => [x.severity, x.type, x.sheet, x.row, x.activity, x.message])).toEqual([
      ['warning', 'unreadable_deadline', 'Дорожная карта', 4, '1.1 Повтор номера', 'Срок «неведомо когда» не распознан: нет ни месяца, ни года.'],
      ['warning', 'no_responsible', 'Дорожная карта', 4, '1.1 Повтор номера', 'Не указан ответственный.'],
      ['warning', 'duplicate_number', 'Дорожная карта', 4, '1.1 Повтор номера', 'Номер 1.1 повторяется в строках 2, 4.'],
      // An unreadable date typed as done: said once, not also «done without a date».
      ['warning', 'bad_done_date', 'Контрольные точки', 2, '1.1 Отчёт', 'май 2023: дата выполнения «31.13.2023» не распознана (нужно дд.мм.гггг).'],
      ['warning', 'due_soon', 'Контрольные точки', 3, '1.2 Мониторинг', 'июль 2023: срок 31.07.2023, осталось 6 дн.'],
      ['warning', 'bad_setting', 'Настройки', 1, '', 'Настройка «Начало плана»: не понято «весна».'],
      // A person listed on «Ответственные» without an address: pointed at their row there.
      ['warning', 'no_email', 'Ответственные', 5, '', 'Для «Завуч» нет email на листе «Ответственные» (мероприятий: 1): письма с напоминаниями не уйдут.'],
      ['info', 'deadline_assumption', 'Дорожная карта', 3, '1.2 Мониторинг', 'Срок «июль 2023» прочитан с допущением: Год не указан: взят 2023.'],
      ['info', 'done_without_evidence', 'Контрольные точки', 2, '1.1 Отчёт', 'май 2023: отмечено «Выполнено», но нет ссылки на подтверждение.'],
      // A row that left the plan but holds marks: only that is said (its status is not checked).
      ['info', 'removed_from_plan', 'Контрольные точки', 9, '1.3 Снятое', 'март 2023: контрольная точка больше не следует из срока мероприятия, но в ней есть отметки — строка сохранена.'],
    ]);
    expect(groupBySeverity(f).map((g) => [g.severity, g.findings.map((x) => x.type)])).toEqual([
      ['warning', ['unreadable_deadline', 'no_responsible', 'duplicate_number', 'bad_done_date', 'due_soon', 'bad_setting', 'no_email']],
      ['info', ['deadline_assumption', 'done_without_evidence', 'removed_from_plan']],
    ]);
  });

  it('points a name missing from «Ответственные» at its first activity on the roadmap', () => {
    const f = setup([{}, {}]).filter((x) => x.type === 'no_email');
    expect(f.map((x) => [x.sheet, x.row])).toEqual([['Дорожная карта', 3]]);
  });

  it('a checkpoint done today is not «in the future»; done tomorrow is', () => {
    const doneOn = (date: string) => setup([{ status: 'Выполнено', done: date, evidence: 'протокол', typed: true }], '2023-07-25')
      .filter((x) => x.type === 'done_in_future' && x.row === 2);
    expect(doneOn('25.07.2023')).toEqual([]);
    expect(doneOn('26.07.2023')).toHaveLength(1);
  });
});

describe('findings: deadline assumptions', () => {
  it('lists every deadline read with an assumption, as information', () => {
    const read = readRoadmap([header, ['1.1', 'Отчёт', 'декабрь', 'ОО', '']]);
    if (!read.ok) throw new Error('roadmap');
    const schedules: Schedule[] = [{ ...once('декабрь 2023', '2023-12-01', '2023-12-31'), kind: 'recurring', warnings: ['Год не указан: срок повторяется в каждом году плана.'] }];
    const planned = planCheckpoints(read.roadmap, schedules);
    const overview = buildOverview(read.roadmap, schedules, planned, [], { today: '2023-06-20', days: 14 });
    const people = new PeopleDirectory();
    people.add('ОО', ['oo@school.ru'], 2);
    const f = findFindings({ overview, people });
    expect(f).toEqual([expect.objectContaining({ type: 'deadline_assumption', severity: 'info', sheet: 'Дорожная карта', row: 2,
      message: 'Срок «декабрь» прочитан с допущением: Год не указан: срок повторяется в каждом году плана.' })]);
  });
});

describe('activityTitle', () => {
  // What the title always was: whitespace folded in the whole name, then cut to `max` with «…».
  const reference = (number: string, name: string, max = 90): string => {
    const text = `${number ? number + ' ' : ''}${name.replace(/\s+/g, ' ')}`.trim();
    return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
  };
  it('folds only the head of a long name, with the same result', () => {
    const char = fc.constantFrom('а', 'Б', ' ', '  ', '\n', '\t', '\u00a0', '.', '1');
    const text = fc.array(char, { maxLength: 400 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.constantFrom('', '1.1', '12.3'), text, fc.integer({ min: 5, max: 120 }),
      (number, name, max) => activityTitle(number, name, max) === reference(number, name, max)), { numRuns: 3000 });
    const spaces = ' '.repeat(500) + 'а'.repeat(300);
    expect(activityTitle('', spaces)).toBe(reference('', spaces));
    expect(activityTitle('', spaces).length).toBe(90);
  });
});
