// The digest's core: who gets which checkpoints, the coordinators' summary, the digest week, and what a
// resumed run still has to send.
import { planCheckpoints, type CheckpointRow } from '../../src/core/checkpoints';
import { digestWeek, digestWeekStart, isoWeek, messageFor, planDigest, type DigestPlan } from '../../src/core/digest';
import { leftInWeek, weekToSend } from '../../src/core/digest-run';
import type { Schedule } from '../../src/core/deadline/schedule';
import { buildOverview } from '../../src/core/overview';
import { PeopleDirectory } from '../../src/core/responsible';
import { readRoadmap } from '../../src/core/roadmap';

const header = ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Результат'];
const once = (due: string): Schedule => ({ kind: 'once', checkpoints: [{ label: `к ${due}`, start: due, due }], explanation: '', warnings: [] });

interface Row { number: string; name: string; due: string; responsible: string; status?: string; done?: string }

const ROWS: Row[] = [
  { number: '1.1', name: 'Положение о наставничестве', due: '2025-11-10', responsible: 'Иванова И.И.' },
  { number: '1.2', name: 'Мониторинг', due: '2025-12-01', responsible: 'Иванова И.И.; ЗДУВР' },
  { number: '1.3', name: 'Отчёт <script>alert(1)</script>', due: '2025-11-20', responsible: 'Петров П.П.', status: 'Выполнено', done: '19.11.2025' },
  { number: '1.4', name: 'Семинар', due: '2026-03-01', responsible: 'Сидорова' },
  { number: '1.5', name: 'Без ответственного', due: '2025-11-01', responsible: '' },
  { number: '1.6', name: 'Курсы', due: '2025-11-15', responsible: 'ОО' },
  { number: '1.7', name: 'Давно сделано', due: '2025-10-01', responsible: 'Петров П.П.', status: 'Выполнено', done: '30.09.2025' },
  { number: '1.8', name: 'Не требуется', due: '2025-11-03', responsible: 'Петров П.П.', status: 'Не требуется' },
];

function people(): PeopleDirectory {
  const p = new PeopleDirectory();
  p.add('Иванова И.И.', ['ivanova@school.example'], 2);
  p.add('ЗДУВР', ['Ivanova@School.example', 'zam@school.example'], 3);
  p.add('Петров П.П.', ['petrov@school.example'], 4);
  p.add('Сидорова', ['sidorova@school.example'], 5);
  p.add('ОО', [], 6);
  return p;
}

function plan(today = '2025-11-24', opts: { rows?: Row[]; coordinators?: string[]; digestDay?: number; unsynced?: number } = {}): DigestPlan {
  const rows = opts.rows ?? ROWS;
  const read = readRoadmap([header, ...rows.map((r) => [r.number, r.name, r.due, r.responsible, ''])]);
  if (!read.ok) throw new Error('roadmap');
  const schedules = rows.map((r) => once(r.due));
  const planned = planCheckpoints(read.roadmap, schedules);
  const existing: CheckpointRow[] = planned.map((p, i) => ({
    row: i === opts.unsynced ? 0 : i + 2, key: p.key, number: p.number, activity: p.activity, label: p.label, start: p.start, due: p.due,
    responsible: p.responsible, state: '', status: rows[i].status ?? '', done: rows[i].done ?? '', evidence: '', comment: '', typed: !!rows[i].status,
  }));
  const overview = buildOverview(read.roadmap, schedules, planned, existing, { today, days: 14 });
  return planDigest({ overview, people: people(), coordinators: opts.coordinators ?? ['director@school.example', 'Zam@School.example'], digestDay: opts.digestDay ?? 1 });
}

const numbers = (items: { number: string }[]): string[] => items.map((i) => i.number);

describe('planDigest', () => {
  it('gives each address the overdue, soon and recently done checkpoints of every name it answers for, once each', () => {
    const p = plan();
    const ivanova = messageFor(p, 'IVANOVA@school.example')!;
    expect(ivanova.to).toBe('ivanova@school.example');
    expect(ivanova.personal!.names).toEqual(['Иванова И.И.', 'ЗДУВР']);
    expect(numbers(ivanova.personal!.overdue)).toEqual(['1.1']);
    expect(ivanova.personal!.overdue[0]).toMatchObject({ days: 14, due: '2025-11-10', link: { sheet: 'checkpoints', row: 2 } });
    // 1.2 names her twice (as herself and as ЗДУВР): listed once.
    expect(numbers(ivanova.personal!.soon)).toEqual(['1.2']);
    expect(ivanova.personal!.soon[0].days).toBe(7);
    expect(ivanova.summary).toBeNull();

    const petrov = messageFor(p, 'petrov@school.example')!;
    expect(petrov.personal).toMatchObject({ overdue: [], soon: [] });
    expect(petrov.personal!.done.map((d) => [d.number, d.done, d.days])).toEqual([['1.3', '2025-11-19', 5]]);
  });

  it('sends nothing to someone with nothing to report, and the summary to coordinators, merged for one who is also responsible', () => {
    const p = plan();
    expect(messageFor(p, 'sidorova@school.example')).toBeUndefined();
    expect(p.messages.map((m) => m.to).sort()).toEqual(['director@school.example', 'ivanova@school.example', 'petrov@school.example', 'zam@school.example']);
    const zam = messageFor(p, 'zam@school.example')!;
    expect(numbers(zam.personal!.soon)).toEqual(['1.2']);
    expect(zam.summary).toBe(p.summary);
    expect(messageFor(p, 'director@school.example')).toMatchObject({ personal: null, summary: p.summary });
  });

  it('summarises the whole roadmap: counts, most overdue first, per responsible, names without email, unassigned', () => {
    const s = plan().summary;
    expect(s.counts).toEqual({ overdue: 3, soon: 1, doneWeek: 1, done: 2, total: 7 });
    expect(s.overdue.map((i) => [i.number, i.days])).toEqual([['1.5', 23], ['1.1', 14], ['1.6', 9]]);
    expect(s.overdue[0].responsible).toEqual([]);
    expect(s.unassigned).toBe(1);
    expect(s.withoutEmail).toEqual(['ОО']);
    expect(s.byResponsible.map((r) => [r.name, r.overdue, r.soon, r.done, r.emails])).toEqual([
      ['Иванова И.И.', 1, 1, 0, 1], ['ОО', 1, 0, 0, 0], ['ЗДУВР', 0, 1, 0, 2], ['Петров П.П.', 0, 0, 1, 1],
    ]);
  });

  it('lists who can be reached and who cannot, also in a quiet week when nobody gets a letter', () => {
    const quiet = plan('2025-11-24', { rows: [ROWS[3]] });
    expect(quiet.messages).toEqual([]);
    expect(quiet.summary.counts).toEqual({ overdue: 0, soon: 0, doneWeek: 0, done: 0, total: 1 });
    expect(quiet.reachable).toEqual(['sidorova@school.example']);
    const all = plan();
    expect(all.reachable.sort()).toEqual(['ivanova@school.example', 'petrov@school.example', 'sidorova@school.example', 'zam@school.example']);
    expect(all.coordinators).toEqual(['director@school.example', 'Zam@School.example']);
  });

  it('counts "done this week" over the last 7 days, today included', () => {
    expect(numbers(messageFor(plan('2025-11-25'), 'petrov@school.example')!.personal!.done)).toEqual(['1.3']);
    expect(messageFor(plan('2025-11-26'), 'petrov@school.example')).toBeUndefined();
  });

  it('points a checkpoint not yet on the checkpoints sheet at its activity row', () => {
    expect(plan().summary.overdue[0].link).toEqual({ sheet: 'checkpoints', row: 6 });
    // Row 0: the roadmap gained 1.5 after the last set-up, so its checkpoint row does not exist yet.
    expect(plan('2025-11-24', { unsynced: 4 }).summary.overdue[0].link).toEqual({ sheet: 'roadmap', row: 6 });
  });
});

describe('digest weeks', () => {
  it('numbers ISO weeks, including the ones that cross a new year', () => {
    expect(isoWeek('2025-11-24')).toBe('2025-W48');
    expect(isoWeek('2025-11-30')).toBe('2025-W48');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
  });

  it('belongs to the digest day that opened it: a Tuesday resume is Monday\'s week, Monday after a Sunday digest too', () => {
    expect(digestWeek('2025-11-25', 1)).toBe('2025-W48');
    expect(digestWeekStart('2025-11-25', 1)).toBe('2025-11-24');
    expect(digestWeekStart('2025-11-24', 7)).toBe('2025-11-23');
    expect(digestWeek('2025-11-24', 7)).toBe('2025-W47');
    expect(digestWeek('2025-11-23', 1)).toBe('2025-W47');
  });
});

describe('weekToSend', () => {
  it('starts a week with everyone in the plan, then sends only those planned and not yet served', () => {
    const p = plan();
    const first = weekToSend(p, null, 0);
    expect(first.record).toMatchObject({ week: '2025-W48', planned: ['ivanova@school.example', 'zam@school.example', 'petrov@school.example', 'director@school.example'], sent: [], failed: [] });
    expect(first.pending).toHaveLength(4);
    const record = { ...first.record, sent: ['ivanova@school.example'], failed: ['petrov@school.example'] };
    expect(leftInWeek(record)).toEqual(['zam@school.example', 'director@school.example']);
    const again = weekToSend(p, record, 0);
    expect(again.pending.map((m) => m.to)).toEqual(['zam@school.example', 'director@school.example']);
    expect(again.record).not.toBe(record);
    const done = weekToSend(p, { ...record, sent: ['ivanova@school.example', 'zam@school.example', 'director@school.example'] }, 0);
    expect(done.pending).toEqual([]);
  });

  it('does not add someone whose news appeared mid-week, and starts afresh the next week', () => {
    const monday = weekToSend(plan(), null, 0).record;
    const withNewcomer: DigestPlan = { ...plan('2025-11-25'), messages: [...plan('2025-11-25').messages, { to: 'new@school.example', personal: null, summary: null }] };
    expect(weekToSend(withNewcomer, monday, 0).pending.map((m) => m.to)).not.toContain('new@school.example');
    const next = weekToSend(plan('2025-12-01'), { ...monday, sent: monday.planned }, 0);
    expect(next.record.week).toBe('2025-W49');
    expect(next.pending.length).toBeGreaterThan(0);
  });
});
