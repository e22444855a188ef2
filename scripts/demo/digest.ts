// The demo's digest step: example addresses where the people sheet has none (marked as examples), the digest
// switched on from the menu, its weekly trigger fired on --today, and each letter written as
// out/digest/<recipient>.html and .txt for a person to open.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DIGEST, PEOPLE_HEADERS, SETTINGS_LABELS, SHEETS } from '../../src/core';
import { DemoStop, type DemoContext } from './context';

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** "Заместитель директора по УВР" → "zamestitel.direktora.po.uvr": an address anyone can tell is made up. */
export function exampleAddress(name: string, taken: Set<string>): string {
  const slug = name.toLowerCase().split('').map((ch) => LATIN[ch] ?? ch).join('')
    .replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '').slice(0, 40).replace(/\.+$/, '') || 'otvetstvenny';
  let address = `${slug}@example.org`;
  for (let n = 2; taken.has(address); n++) address = `${slug}${n}@example.org`;
  taken.add(address);
  return address;
}

/** Fills an example address for every name when the people sheet has no email at all; returns how many. */
function fillExampleEmails(ctx: DemoContext): number {
  const { emu } = ctx;
  const people = emu.peek(SHEETS.people).displayValues;
  const header = people[0];
  const emailCol = header.indexOf(PEOPLE_HEADERS.emails);
  const commentCol = header.indexOf(PEOPLE_HEADERS.comment);
  if (emailCol < 0 || people.slice(1).some((r) => r[emailCol].trim())) return 0;
  const taken = new Set<string>();
  let n = 0;
  people.forEach((row, i) => {
    if (!i || !row[0].trim()) return;
    const letter = (c: number): string => String.fromCharCode(65 + c);
    emu.poke(SHEETS.people, `${letter(emailCol)}${i + 1}`, [[exampleAddress(row[0], taken)]]);
    if (commentCol >= 0 && !row[commentCol].trim()) emu.poke(SHEETS.people, `${letter(commentCol)}${i + 1}`, [[DIGEST.exampleEmail]]);
    n++;
  });
  return n;
}

/** An example coordinator when the settings name none, so the demo also shows the summary letter. */
function fillExampleCoordinator(ctx: DemoContext): string | null {
  const settings = ctx.emu.peek(SHEETS.settings).displayValues;
  const row = settings.findIndex((r) => r[0] === SETTINGS_LABELS.coordinators);
  if (row < 0 || settings[row][1].trim()) return null;
  const address = 'koordinator@example.org';
  ctx.emu.poke(SHEETS.settings, `B${row + 1}`, [[address]]);
  return address;
}

/**
 * Example addresses and coordinator, before «Проверить статусы» runs, so the dialog, the letters and the
 * people sheet tell one story (the dialog once said «нет email» for a name the letters then went to).
 */
export function fillExampleAddresses(ctx: DemoContext): { examples: number; coordinator: string | null } {
  const examples = fillExampleEmails(ctx);
  const coordinator = fillExampleCoordinator(ctx);
  if (examples) ctx.log(`Примеры адресов для рассылки: ${examples} (…@example.org, помечены в комментарии на листе «${SHEETS.people}»)${coordinator ? `, координатор ${coordinator}` : ''}.`);
  return { examples, coordinator };
}

export function runDigestStep(ctx: DemoContext, examples: number): void {
  const { emu, app } = ctx;

  // «Включить еженедельную рассылку» ends with an alert that says what, to whom and when: information, not a failure.
  const alertsBefore = emu.ui.alerts.length;
  const enable = emu.calls.measure(() => app.run('enableWeeklyDigest', { as: 'menu' }));
  ctx.calls.enableWeeklyDigest = { total: enable.total, byService: enable.byService, byMethod: enable.byMethod };
  const told = emu.ui.alerts.slice(alertsBefore).map((a) => a.prompt);
  const trigger = emu.triggers.list().find((t) => t.handler === 'weeklyDigest');
  if (!trigger) throw new DemoStop(told.join('\n'));
  ctx.log(told[0].split('\n')[0]);

  // The trigger as Apps Script would fire it, on --today (whatever the weekday): as if the digest had been
  // switched on before this digest week began (switched on today, it would start with the next one).
  const record = JSON.parse(emu.properties('document')['digest.trigger']) as { since?: string };
  delete record.since;
  emu.setProperties('document', { 'digest.trigger': JSON.stringify(record) });
  const sentBefore = emu.mail.sent.length;
  const fire = emu.calls.measure(() => emu.triggers.fire(app, trigger.uid));
  ctx.calls.weeklyDigest = { total: fire.total, byService: fire.byService, byMethod: fire.byMethod };
  if (fire.result.error) throw new DemoStop(fire.result.error);
  const mails = emu.mail.sent.slice(sentBefore);
  const dir = join(ctx.outDir, 'digest');
  rmSync(dir, { recursive: true, force: true });
  emu.mail.writeFiles(dir, mails, ['html', 'txt']);
  const week = JSON.parse(emu.properties('document')['digest.week.0'] ?? '{}') as { week?: string; failed?: string[] };
  ctx.summary.digest = {
    week: week.week ?? null,
    letters: mails.length,
    recipients: mails.map((m) => m.to[0]),
    failed: week.failed ?? [],
    exampleAddresses: examples,
    mailAppCalls: fire.byService.MailApp ?? 0,
  };
  ctx.log(`Дайджест на ${ctx.today.split('-').reverse().join('.')}: писем ${mails.length} → ${dir}/<адрес>.html и .txt`);
}
