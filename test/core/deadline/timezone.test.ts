// Dates are calendar dates: the built command (lib/deadline.js) prints the same schedules under TZ=UTC,
// Europe/Moscow and America/Los_Angeles, and the same as the engine called in this process.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readDeadline, SEED_PLAN } from '../../../src/core/deadline';
import type { PlanPeriod, Schedule } from '../../../src/core/deadline';
import { SEED_ROWS } from './fixtures';

const root = join(__dirname, '../../..');
const command = join(root, 'lib/deadline.js');
const ZONES = ['UTC', 'Europe/Moscow', 'America/Los_Angeles'];

/** Newest modification time of the files the command is built from. */
function sourcesMtime(): number {
  const files = [
    ...readdirSync(join(root, 'src/core/deadline')).map((f) => join(root, 'src/core/deadline', f)),
    join(root, 'src/core/calendar.ts'),
    join(root, 'scripts/deadline.ts'),
  ];
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

const PHRASES: string[] = [
  ...SEED_ROWS.flatMap((r) => [r.typed, r.pasted]),
  'до 01.09.2023', 'до 1 сентября 2023 г.', 'ежегодно до 1 сентября', '15.12.2022', '30.06.2023', '31.12.2024', '01.01.2023',
  'февраль 2024', 'до конца февраля 2024', 'ежемесячно до 31 числа', 'I полугодие 2023', '2023-2024 учебный год',
  'с 29 ноября по 3 декабря 2023 г.', '01.09-31.12.2023', 'до мая 2023', 'октябрь, январь, март', '2023–2024 гг.',
  'IV квартал 2022 – I квартал 2023', 'в течение года', '', 'что-то непонятное',
];

/** The schedule as the command prints it. */
function json(s: Schedule): string {
  return JSON.stringify({ kind: s.kind, checkpoints: s.checkpoints.map((c) => ({ label: c.label, start: c.start, due: c.due })), explanation: s.explanation, warnings: s.warnings });
}

function run(zone: string, args: string[], input?: string): string {
  const r = spawnSync(process.execPath, [command, ...args], { input, encoding: 'utf8', env: { ...process.env, TZ: zone } });
  if (r.status !== 0) throw new Error(`deadline exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  // `npm test` builds first; when this file runs alone, build only if the command is missing or stale.
  if (!existsSync(command) || statSync(command).mtimeMs < sourcesMtime()) {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
  }
}, 60000);

describe('the deadline command under three time zones', () => {
  const input = PHRASES.map((p) => p.replace(/\n/g, '\\n')).join('\n') + '\n';

  it('reads one phrase per standard-input line and prints the same JSON in every zone', () => {
    const expected = PHRASES.map((p) => json(readDeadline(p, SEED_PLAN))).join('\n') + '\n';
    for (const zone of ZONES) expect(run(zone, [], input)).toBe(expected);
  });

  it('takes the plan from --from/--to and the text from the argument', () => {
    const plan: PlanPeriod = { from: '2023-01', to: '2023-12' };
    const expected = json(readDeadline('ежегодно (июнь, декабрь)', plan)) + '\n';
    for (const zone of ZONES) expect(run(zone, ['--from', '2023-01', '--to', '2023-12', 'ежегодно (июнь, декабрь)'])).toBe(expected);
    const parsed = JSON.parse(expected);
    expect(Object.keys(parsed)).toEqual(['kind', 'checkpoints', 'explanation', 'warnings']);
    expect(parsed.checkpoints).toEqual([
      { label: 'июнь 2023', start: '2023-06-01', due: '2023-06-30' },
      { label: 'декабрь 2023', start: '2023-12-01', due: '2023-12-31' },
    ]);
  });

  it('keeps 30 June as 30 June, and month ends as month ends, everywhere', () => {
    for (const zone of ZONES) {
      const out = JSON.parse(run(zone, ['30.06.2023']));
      expect(out.checkpoints).toEqual([{ label: '30.06.2023', start: '2023-06-30', due: '2023-06-30' }]);
      const feb = JSON.parse(run(zone, ['до конца февраля 2024']));
      expect(feb.checkpoints[0].due).toBe('2024-02-29');
    }
  });

  it('rejects a malformed plan with a usage message', () => {
    const r = spawnSync(process.execPath, [command, '--from', '2023-13', 'июнь'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--from must be YYYY-MM/);
  });
});
