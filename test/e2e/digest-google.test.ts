// The digest against Google behaviours the emulator learned for issue 12: errors worded in the account's
// language (item 6), triggers made inside a trigger run that Google disables (item 7), and the editor
// add-on, whose time-driven runs have no active spreadsheet, no document properties and at most one hourly
// clock trigger per user and document (item 10).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIGEST } from '../../src/text/ru';
import { COORDINATOR, OWNER, PERSONAL, mailLog, school } from './digest-fixture';

const MONDAY_9 = '2025-11-24T09:00';
const status = (f: { result?: unknown }): string => (f.result as { status?: string } | undefined)?.status ?? '';

function perRecipient(w: ReturnType<typeof school>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of w.emu.mail.sent) out[m.to[0]] = (out[m.to[0]] ?? 0) + 1;
  return out;
}
const once = (addresses: string[]): Record<string, number> => Object.fromEntries(addresses.map((a) => [a, 1]));

describe('a Russian account (errors in Russian)', () => {
  it('speaks Russian in the emulator: the mail quota error reads as Google words it for a Russian account', () => {
    const w = school({ emulator: { accountLanguage: 'ru' } });
    w.emu.mail.spend(100, OWNER);
    const mail = w.emu.globals.MailApp as { sendEmail(to: string, s: string, b: string): void };
    expect(() => w.emu.withContext('menu', () => mail.sendEmail('a@school.example', 'Тема', 'Текст'))).toThrow('Служба была вызвана слишком много раз за день: email.');
  });

  it('defers the letters left when the quota runs out mid-run, instead of logging them as failed', () => {
    const w = school({ coordinators: '', emulator: { accountLanguage: 'ru' } });
    w.run('enableWeeklyDigest');
    w.emu.clock.set('2025-11-24T08:30');
    const mail = w.emu.mail;
    const original = mail.remaining.bind(mail);
    let reads = 0;
    // Another execution spends the quota right after the run asked for it.
    mail.remaining = (user?: string) => {
      const r = original(user);
      if (++reads === 1) mail.spend(r - 1, OWNER);
      return r;
    };
    w.emu.triggers.fire(w.app, w.emu.triggers.list()[0].uid);
    mail.remaining = original;
    expect(w.emu.mail.sent).toHaveLength(1);
    expect(JSON.parse(w.emu.properties('document')['digest.week.0']).failed).toEqual([]);
    expect(mailLog(w).filter((r) => r[3].startsWith('ошибка'))).toEqual([]);
    expect(mailLog(w).filter((r) => r[3] === DIGEST.log.deferredQuota)).toHaveLength(4);
    w.emu.triggers.fireDue(w.app, '2025-11-25T12:00');
    expect(perRecipient(w)).toEqual(once(PERSONAL));
  });

  it('tells a person whose test letter hit the quota that the quota is spent', () => {
    const w = school({ now: '2025-11-24T10:00', emulator: { accountLanguage: 'ru' } });
    const mail = w.emu.mail;
    const original = mail.remaining.bind(mail);
    let reads = 0;
    mail.remaining = (user?: string) => {
      const r = original(user);
      if (++reads === 1) mail.spend(r, 'ivanova@school.example');
      return r;
    };
    w.run('sendTestDigestToMe', { activeUser: 'ivanova@school.example' });
    expect(w.emu.ui.alerts.at(-1)!.prompt).toBe(DIGEST.quotaOut);
  });
});

describe('triggers made inside a trigger run are disabled by Google', () => {
  it('the emulator can model it: a trigger made in a time-driven run is listed as disabled and never fires', () => {
    const w = school();
    w.emu.triggers.disableTriggersMadeInTriggerRuns = true;
    w.run('enableWeeklyDigest');
    const script = w.emu.globals.ScriptApp as unknown as { newTrigger(f: string): { timeBased(): { after(ms: number): { create(): unknown } } } };
    w.emu.withContext('time', () => script.newTrigger('weeklyDigest').timeBased().after(60_000).create());
    expect(w.emu.triggers.list().map((t) => t.disabled)).toEqual([false, true]);
    const fires = w.emu.triggers.fireDue(w.app, '2025-11-23T18:30');
    expect(fires).toEqual([]);
    expect(w.emu.triggers.list()[1].fired).toBe(0);
  });

  it('the week still finishes after the quota ran out: the rest go the next day, from the trigger made in the menu', () => {
    const w = school({ coordinators: '' });
    w.emu.triggers.disableTriggersMadeInTriggerRuns = true;
    w.run('enableWeeklyDigest');
    w.emu.clock.set('2025-11-24T07:00');
    w.emu.mail.spend(98, OWNER);
    w.emu.triggers.fireDue(w.app, MONDAY_9);
    expect(w.emu.mail.sent).toHaveLength(2);
    w.emu.triggers.fireDue(w.app, '2025-11-25T12:00');
    expect(perRecipient(w)).toEqual(once(PERSONAL));
    expect(w.emu.triggers.list().every((t) => !t.disabled)).toBe(true);
  });

  it('the week still finishes after a run found the lock busy', () => {
    const w = school();
    w.emu.triggers.disableTriggersMadeInTriggerRuns = true;
    w.run('enableWeeklyDigest');
    w.emu.clock.set('2025-11-24T07:59');
    w.emu.locks.holdElsewhere('document', { forMs: 50 * 60_000 });
    w.emu.triggers.fireDue(w.app, '2025-11-24T12:00');
    expect(perRecipient(w)).toEqual(once([...PERSONAL, COORDINATOR]));
  });
});

/** The add-on's manifest: as `ADDON=1 npm run build` writes it (scripts/build.mjs addonManifest). */
function addonScopes(): string[] {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  return manifest.oauthScopes.map((s) => (s.endsWith('/auth/spreadsheets.currentonly') ? 'https://www.googleapis.com/auth/spreadsheets' : s));
}

describe('as an editor add-on', () => {
  const addon = { addon: true, oauthScopes: addonScopes() };

  it('sends the Monday digest from a time-driven run with no active spreadsheet and no document properties', () => {
    const w = school({ emulator: addon });
    w.run('enableWeeklyDigest');
    const fires = w.emu.triggers.fireDue(w.app, MONDAY_9);
    expect(fires.map((f) => f.error)).toEqual(fires.map(() => undefined));
    expect(fires.filter((f) => status(f) === 'done')).toHaveLength(1);
    expect(perRecipient(w)).toEqual(once([...PERSONAL, COORDINATOR]));
    // The week's record is in the trigger owner's user properties, under the spreadsheet's id.
    const user = w.emu.properties('user', OWNER);
    const id = w.emu.spreadsheet.getId();
    expect(JSON.parse(user[`digest:${id}:digest.week.0`]).sent).toHaveLength(6);
    // A double fire sends nothing more.
    w.emu.triggers.fire(w.app, w.emu.triggers.list()[0].uid);
    expect(w.emu.mail.sent).toHaveLength(6);
  });

  it('keeps to the add-on trigger limits: one hourly clock trigger, also when the quota runs out and the week resumes', () => {
    const w = school({ coordinators: '', emulator: addon });
    w.run('enableWeeklyDigest');
    w.run('enableWeeklyDigest'); // clicked twice: still one trigger
    expect(w.emu.triggers.list().map((t) => t.schedule)).toEqual(['every 1 h']);
    w.emu.clock.set('2025-11-24T07:00');
    w.emu.mail.spend(98, OWNER);
    const monday = w.emu.triggers.fireDue(w.app, MONDAY_9);
    expect(monday.map((f) => f.error)).toEqual(monday.map(() => undefined));
    expect(w.emu.mail.sent).toHaveLength(2);
    w.emu.triggers.fireDue(w.app, '2025-11-25T12:00');
    expect(perRecipient(w)).toEqual(once(PERSONAL));
    expect(w.emu.triggers.list()).toHaveLength(1);
  });
});
