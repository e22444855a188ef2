import fc from 'fast-check';
import { activityTitle, findFindings, countFindings } from '../../src/core/findings';
import { buildOverview } from '../../src/core/overview';
import { planCheckpoints, type CheckpointRow } from '../../src/core/checkpoints';
import { readRoadmap } from '../../src/core/roadmap';
import { PeopleDirectory } from '../../src/core/responsible';
import type { Schedule } from '../../src/core/deadline/schedule';

const header = ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Результат'];
const once = (label: string, start: string, due: string): Schedule => ({ kind: 'once', checkpoints: [{ label, start, due }], explanation: '', warnings: [] });

function setup(rows: Partial<CheckpointRow>[], today = '2023-06-20') {
  const read = readRoadmap([
    header,
    ['1.1', 'Отчёт', 'май 2023', 'ОО', ''],
    ['1.2', 'Мониторинг', 'июль 2023', 'Завуч', ''],
    ['1.1', 'Повтор номера', 'неведомо когда', '', ''],
  ]);
  if (!read.ok) throw new Error('roadmap');
  const schedules: Schedule[] = [
    once('май 2023', '2023-05-01', '2023-05-31'),
    once('июль 2023', '2023-07-01', '2023-07-31'),
    { kind: 'unknown', checkpoints: [], explanation: '', warnings: ['нет ни месяца, ни года'] },
  ];
  const planned = planCheckpoints(read.roadmap, schedules);
  const existing: CheckpointRow[] = planned.map((p, i) => ({
    row: i + 2, key: p.key, number: p.number, activity: p.activity, label: p.label, start: p.start, due: p.due,
    responsible: p.responsible, state: '', status: '', done: '', evidence: '', comment: '', typed: false, ...rows[i],
  }));
  const overview = buildOverview(read.roadmap, schedules, planned, existing, { today, days: 14 });
  const people = new PeopleDirectory();
  people.add('ОО', ['oo@school.ru'], 2);
  return findFindings({ overview, people });
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
