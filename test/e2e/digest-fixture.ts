// A small school roadmap for the digest's end-to-end tests: on Monday 24.11.2025 five people have something
// to hear (overdue, due soon, done last week), one has nothing, one role has no email; a coordinator.
import type { EmulatorOptions } from '../../emulator';
import { PEOPLE_HEADERS, SETTINGS_LABELS, SHEETS } from '../../src/text/ru';
import { checkpointRow, columnOf, type, world, type World } from './helpers';

export const ROADMAP = [
  ['№ п/п', 'Наименование мероприятия', 'Сроки реализации', 'Ответственные', 'Ожидаемый результат'],
  ['1.1', 'Положение о наставничестве', '10.11.2025', 'Иванова И.И.', 'Положение'],
  ['1.2', 'Мониторинг <script>alert("x")</script> & <b>итоги</b>', '01.12.2025', 'Иванова И.И.; Петров П.П.', 'Справка'],
  ['1.3', 'Отчёт о наставничестве', '20.11.2025', 'Сидорова С.С.', 'Отчёт'],
  ['1.4', 'Семинар для наставников', '15.11.2025', 'Кузнецова К.К.', 'Семинар'],
  ['1.5', 'Курсы повышения квалификации', '28.11.2025', 'Смирнов С.С.', 'Удостоверения'],
  ['1.6', 'План на весну', 'март 2026', 'Орлова О.О.', 'План'],
  ['1.7', 'Анкетирование', '05.12.2025', 'ОО', 'Анкеты'],
];

export const EMAILS: Record<string, string> = {
  'Иванова И.И.': 'ivanova@school.example',
  'Петров П.П.': 'petrov@school.example',
  'Сидорова С.С.': 'sidorova@school.example',
  'Кузнецова К.К.': 'kuznetsova@school.example',
  'Смирнов С.С.': 'smirnov@school.example',
  'Орлова О.О.': 'orlova@school.example',
};

export const PERSONAL = ['ivanova@school.example', 'petrov@school.example', 'sidorova@school.example', 'kuznetsova@school.example', 'smirnov@school.example'];
export const COORDINATOR = 'director@school.example';
export const OWNER = 'zavuch@school.example';

export interface Options {
  coordinators?: string;
  emails?: Record<string, string>;
  now?: string;
  /** More emulator options: the account's language, an add-on, the manifest's scopes. */
  emulator?: EmulatorOptions;
}

/** Set-up on Sunday evening, 1.3 marked done on 19.11, emails and settings typed in as people would. */
export function school(opts: Options = {}): World {
  const w = world(opts.now ?? '2025-11-23T18:00', { user: OWNER, ...opts.emulator });
  const { emu } = w;
  emu.poke(SHEETS.roadmap, 'A1', ROADMAP);
  w.run('setupStructure');
  if (emu.ui.alerts.length) throw new Error(JSON.stringify(emu.ui.alerts));
  const emails = { ...EMAILS, ...(opts.emails ?? {}) };
  const people = emu.peek(SHEETS.people).displayValues;
  const emailCol = columnOf(emu, SHEETS.people, PEOPLE_HEADERS.emails);
  // Set-up lists names as the roadmap has them, without the final dot of the initials ("Иванова И.И").
  const emailOf = (name: string): string | undefined => emails[name] ?? emails[`${name}.`];
  people.forEach((row, i) => {
    const email = i ? emailOf(row[0]) : undefined;
    if (email) emu.poke(SHEETS.people, `${emailCol}${i + 1}`, [[email]]);
  });
  const settings = emu.peek(SHEETS.settings).displayValues;
  const rowOf = (label: string): number => settings.findIndex((r) => r[0] === label) + 1;
  emu.poke(SHEETS.settings, `B${rowOf(SETTINGS_LABELS.coordinators)}`, [[opts.coordinators ?? COORDINATOR]]);
  emu.poke(SHEETS.settings, `B${rowOf(SETTINGS_LABELS.organisation)}`, [['МБОУ «СОШ № 5»']]);
  const row = checkpointRow(emu, '1.3', '20.11.2025');
  type(w, SHEETS.checkpoints, `${columnOf(emu, SHEETS.checkpoints, 'Дата выполнения')}${row}`, '19.11.2025');
  type(w, SHEETS.checkpoints, `${columnOf(emu, SHEETS.checkpoints, 'Статус')}${row}`, 'Выполнено');
  return w;
}

/** The rows of «Журнал рассылки» below its header, as displayed. */
export function mailLog(w: World): string[][] {
  const names = w.emu.sheetNames();
  if (!names.includes('Журнал рассылки')) return [];
  return w.emu.peek('Журнал рассылки').displayValues.slice(1);
}
