// Benchmark of the weekly digest: a synthetic roadmap of n activities shared among 24 staff (each also under
// the role «ОО»), every name with an email; the digest switched on, then its Monday 08:00 run fired from the fake
// clock (the hourly trigger's run in the digest hour). Reports the run's Google calls, its MailApp calls and the letters sent.
import { createEmulator, type Emulator } from '../emulator';
import { loadBundle, type LoadedBundle } from '../emulator/runtime';
import { PEOPLE_HEADERS, SHEETS } from '../src/core';
import { modelCost, type ModelledCost } from './cost-model';
import type { BenchRow } from './deadline';
import { syntheticRoadmap } from './fixtures';

const STAFF = [
  'Иванова И.И.', 'Петров П.П.', 'Сидорова С.С.', 'Кузнецова К.К.', 'Смирнов С.С.', 'Орлова О.О.', 'Волкова В.В.', 'Соколов С.С.',
  'Морозова М.М.', 'Новиков Н.Н.', 'Фёдорова Ф.Ф.', 'Лебедев Л.Л.', 'Козлова К.К.', 'Егоров Е.Е.', 'Павлова П.П.', 'Степанов С.С.',
  'Николаева Н.Н.', 'Алексеев А.А.', 'Захарова З.З.', 'Яковлев Я.Я.', 'Романова Р.Р.', 'Васильев В.В.', 'Белова Б.Б.', 'Григорьев Г.Г.',
];

/** The synthetic roadmap with its responsible column spread over the staff: activity i → one person and «ОО». */
export function staffedRoadmap(activities: number): string[][] {
  let k = 0;
  return syntheticRoadmap(activities).map((row, i) => {
    if (i === 0 || !/^\d+\.\d+$/.test(row[0])) return row;
    const out = row.slice();
    out[3] = `${STAFF[k++ % STAFF.length]}; ОО`;
    return out;
  });
}

export interface DigestWorld {
  emu: Emulator;
  app: LoadedBundle;
}

/** Monday 02.10.2023: set up, emails typed for every name on the people sheet, a coordinator, the digest on. */
export function digestWorld(activities: number): DigestWorld {
  const emu = createEmulator({ now: '2023-10-01T12:00', user: 'zavuch@school.example' });
  emu.poke(SHEETS.roadmap, 'A1', staffedRoadmap(activities));
  const app = loadBundle(emu);
  app.run('setupStructure', { as: 'menu' });
  const people = emu.peek(SHEETS.people).displayValues;
  const col = String.fromCharCode(65 + people[0].indexOf(PEOPLE_HEADERS.emails));
  emu.poke(SHEETS.people, `${col}2`, people.slice(1).map((_, i) => [`staff${i + 1}@school.example`]));
  const settings = emu.peek(SHEETS.settings).displayValues;
  const coordinators = settings.findIndex((r) => r[0].startsWith('Координаторы')) + 1;
  emu.poke(SHEETS.settings, `B${coordinators}`, [['director@school.example']]);
  app.run('enableWeeklyDigest', { as: 'menu' });
  // A Workspace school: 1,500 recipients a day, so the benchmark measures sending, not the quota.
  emu.mail.account = 'workspace';
  return { emu, app };
}

export function benchDigest(activities: number): (BenchRow & Partial<ModelledCost>)[] {
  const { emu, app } = digestWorld(activities);
  emu.triggers.fireDue(app, '2023-10-02T07:59'); // the hourly runs before the digest hour: nothing due
  const started = process.hrtime.bigint();
  const read0 = emu.calls.cellsRead;
  const written0 = emu.calls.cellsWritten;
  // One run: the hourly trigger's 08:00 run, the digest's default hour (firing to 09:00 would add the next run).
  const m = emu.calls.measure(() => emu.triggers.fireDue(app, '2023-10-02T08:00'));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const errors = m.result.filter((f) => f.error);
  if (m.result.length !== 1 || errors.length) throw new Error(`weeklyDigest: ${JSON.stringify(m.result.map((f) => f.error))}`);
  const letters = emu.mail.sent.length;
  const mailCalls = m.byService.MailApp ?? 0;
  return [
    { action: 'digest (Monday run)', activities, calls: m.total, ms: Math.round(ms * 10) / 10, ...modelCost(m, emu.calls.cellsRead - read0, emu.calls.cellsWritten - written0) },
    { action: `  MailApp (${letters} писем)`, activities, calls: mailCalls, ms: Math.round(ms * 10) / 10 },
  ];
}
