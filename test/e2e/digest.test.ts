// The weekly digest on the built bundle: switching it on (exactly one trigger), the Monday run sending each
// person one letter with their checkpoints, coordinators the summary, escaping of cell text, no UI from the
// trigger, switching it off, the test letter, and the calls it costs.
import { digestWorld } from '../../bench/digest';
import { DIGEST, SETTINGS_LABELS, SHEETS } from '../../src/text/ru';
import { COORDINATOR, EMAILS, OWNER, PERSONAL, mailLog, school } from './digest-fixture';

const MONDAY_9 = '2025-11-24T09:00';

describe('switching the digest on', () => {
  it('installs exactly one weekly trigger (also when clicked twice) and says what, to whom and when', () => {
    const w = school();
    w.run('enableWeeklyDigest');
    const [first] = w.emu.triggers.list();
    expect(w.emu.triggers.list()).toHaveLength(1);
    expect(first).toMatchObject({ handler: 'weeklyDigest', owner: OWNER, eventType: 'CLOCK' });
    // One hourly trigger: it sends when the digest day and hour have come (also within an add-on's limits).
    expect(first.schedule).toBe('every 1 h');
    expect(JSON.parse(w.emu.properties('document')['digest.trigger'])).toMatchObject({ day: 1, hour: 8, timeZone: 'Europe/Moscow', since: '2025-W47' });
    const alert = w.emu.ui.alerts[0];
    expect(alert.title).toBe(DIGEST.title);
    expect(alert.prompt).toContain('Рассылка включена: по понедельникам в 08:00 (московское время).');
    expect(alert.prompt).toContain(`с вашего адреса ${OWNER}`);
    expect(alert.prompt).toContain('ответственным — 6 адресов с листа «Ответственные»');
    expect(alert.prompt).toContain(`координаторам: ${COORDINATOR}`);
    expect(alert.prompt).toContain('Нет email (письма не придут): ОО.');
    expect(alert.prompt).toContain('писем было бы: 6');
    expect(w.emu.ui.toasts.slice(-2).map((t) => t.message)).toEqual([DIGEST.enabling, DIGEST.ready]);

    w.run('enableWeeklyDigest');
    const after = w.emu.triggers.list();
    expect(after).toHaveLength(1);
    expect(after[0].uid).not.toBe(first.uid);
    expect(JSON.parse(w.emu.properties('document')['digest.trigger'])).toMatchObject({ uid: after[0].uid, owner: OWNER, day: 1, hour: 8 });
  });

  it('takes the day and hour from the settings', () => {
    const w = school();
    const settings = w.emu.peek(SHEETS.settings).displayValues;
    const rowOf = (label: string): number => settings.findIndex((r) => r[0] === label) + 1;
    w.emu.poke(SHEETS.settings, `B${rowOf(SETTINGS_LABELS.digestDay)}`, [['пятница']]);
    w.emu.poke(SHEETS.settings, `B${rowOf(SETTINGS_LABELS.digestHour)}`, [[15]]);
    w.run('enableWeeklyDigest');
    expect(JSON.parse(w.emu.properties('document')['digest.trigger'])).toMatchObject({ day: 5, hour: 15 });
    expect(w.emu.ui.alerts[0].prompt).toContain('по пятницам в 15:00 (московское время)');
    const fires = w.emu.triggers.fireDue(w.app, '2025-11-28T16:00');
    const sending = fires.filter((f) => (f.result as { status: string }).status === 'done');
    expect(sending).toHaveLength(1);
    expect(new Date(sending[0].atMs).toISOString()).toMatch(/^2025-11-28T12:/); // Friday 15:xx in Moscow
  });
});

describe('the Monday run', () => {
  const w = school();
  w.run('enableWeeklyDigest');
  const alertsBefore = w.emu.ui.alerts.length;
  const toastsBefore = w.emu.ui.toasts.length;
  const fires = w.emu.triggers.fireDue(w.app, MONDAY_9);
  const sent = w.emu.mail.sent;

  it('sends once, in the first hourly run on Monday between 08:00 and 09:00 Moscow time; the others cost a record read', () => {
    const sending = fires.filter((f) => (f.result as { status: string }).status === 'done');
    expect(sending).toHaveLength(1);
    expect(new Date(sending[0].atMs).toISOString()).toMatch(/^2025-11-24T05:/);
    expect(fires.map((f) => f.error)).toEqual(fires.map(() => undefined));
    expect(fires.filter((f) => (f.result as { status: string }).status === 'idle')).toHaveLength(fires.length - 1);
    const idle = w.emu.executions.filter((x) => x.kind === 'time').map((x) => x.calls);
    expect(Math.min(...idle)).toBeLessThanOrEqual(4);
  });

  it('sends each person with news one letter, the coordinator the summary, and nobody else anything', () => {
    expect(sent.map((m) => m.to[0]).sort()).toEqual([...PERSONAL, COORDINATOR].sort());
    expect(w.emu.mail.to(EMAILS['Орлова О.О.'])).toEqual([]);
    for (const m of sent) {
      expect(m).toMatchObject({ from: OWNER, replyTo: COORDINATOR, fromName: 'Дорожная карта — МБОУ «СОШ № 5»', cc: [], bcc: [] });
      expect(m.to).toHaveLength(1);
      expect(m.htmlBody).toContain('<!DOCTYPE html>');
      expect(m.body.length).toBeGreaterThan(100);
    }
  });

  it('tells each person their own checkpoints: days overdue, days left, done last week, with links to rows', () => {
    const [ivanova] = w.emu.mail.to('ivanova@school.example');
    expect(ivanova.subject).toBe('Дорожная карта: 1 просрочено, 1 скоро срок — МБОУ «СОШ № 5»');
    expect(ivanova.body).toContain('1.1 Положение о наставничестве');
    expect(ivanova.body).toContain('срок 10.11.2025 — просрочено на 14 дн.');
    expect(ivanova.body).toContain('срок 01.12.2025 — осталось 7 дн.');
    expect(ivanova.body).not.toContain('Семинар');
    const gid = w.emu.spreadsheet.getSheetByName(SHEETS.checkpoints)!.getSheetId();
    expect(ivanova.htmlBody).toContain(`/edit#gid=${gid}&amp;range=A2"`);
    const [sidorova] = w.emu.mail.to('sidorova@school.example');
    expect(sidorova.subject).toBe('Дорожная карта: 1 выполнено за неделю — МБОУ «СОШ № 5»');
    expect(sidorova.body).toContain('выполнено 19.11.2025');
    const [summary] = w.emu.mail.to(COORDINATOR);
    expect(summary.subject).toBe('Дорожная карта, сводка: 2 просрочено, 3 скоро срок — МБОУ «СОШ № 5»');
    expect(summary.body).toContain('Нет email на листе «Ответственные» — напоминания им не приходят: ОО.');
  });

  it('delivers HTML and a <script> typed into a cell as escaped text', () => {
    const [petrov] = w.emu.mail.to('petrov@school.example');
    expect(petrov.htmlBody).toContain('Мониторинг &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;итоги&lt;/b&gt;');
    expect(petrov.htmlBody).not.toMatch(/<script|<b>итоги/);
    expect(petrov.body).toContain('Мониторинг <script>alert("x")</script> & <b>итоги</b>');
  });

  it('never touches the UI: no alert, toast or dialog, and no getUi call', () => {
    expect(w.emu.ui.alerts.length).toBe(alertsBefore);
    expect(w.emu.ui.toasts.length).toBe(toastsBefore);
    expect(w.emu.ui.dialogs).toEqual([]);
    const run = w.emu.executions.find((x) => x.kind === 'time')!;
    expect(run).toMatchObject({ functionName: 'weeklyDigest', authMode: 'FULL' });
    expect(run.error).toBeUndefined();
  });

  it('logs every letter on «Журнал рассылки»: date, recipient, subject, result', () => {
    const log = mailLog(w);
    expect(w.emu.peek(DIGEST.logSheet).displayValues[0]).toEqual(DIGEST.logHeaders);
    expect(log).toHaveLength(6);
    expect(log.every((r) => /^24\.11\.2025 08:\d\d$/.test(r[0]) && r[3] === 'отправлено')).toBe(true);
    expect(log.map((r) => r[1]).sort()).toEqual([...PERSONAL, COORDINATOR].sort());
  });

  it('fires again the next Monday with that week\'s news, not before', () => {
    const sent = w.emu.mail.sent.length;
    w.emu.triggers.fireDue(w.app, '2025-11-30T23:00');
    expect(w.emu.mail.sent).toHaveLength(sent);
    const next = w.emu.triggers.fireDue(w.app, '2025-12-01T09:00');
    expect(next.filter((f) => (f.result as { status: string }).status === 'done')).toHaveLength(1);
    expect(next.map((f) => f.error)).toEqual(next.map(() => undefined));
    const [ivanova] = w.emu.mail.to('ivanova@school.example').slice(1);
    expect(ivanova.body).toContain('просрочено на 21 дн.');
    expect(ivanova.body).toContain('срок 01.12.2025 — срок сегодня');
  });
});

describe('switching it off', () => {
  it('removes the trigger and forgets it; a Monday then passes without mail', () => {
    const w = school();
    w.run('enableWeeklyDigest');
    w.run('disableWeeklyDigest');
    expect(w.emu.ui.alerts.at(-1)!.prompt).toBe(DIGEST.disabled);
    expect(w.emu.triggers.list()).toEqual([]);
    expect(w.emu.properties('document')['digest.trigger']).toBeUndefined();
    expect(w.emu.triggers.fireDue(w.app, MONDAY_9)).toEqual([]);
    expect(w.emu.mail.sent).toEqual([]);
    w.run('disableWeeklyDigest');
    expect(w.emu.ui.alerts.at(-1)!.prompt).toBe(DIGEST.notEnabled);
  });

  it('keeps one digest when two people switch it on; the other\'s trigger retires, and either can switch it off', () => {
    const w = school();
    w.run('enableWeeklyDigest', { activeUser: 'teacher@school.example' });
    w.run('enableWeeklyDigest');
    expect(w.emu.ui.alerts.at(-1)!.prompt).toContain('Раньше рассылку включал(а) teacher@school.example');
    expect(w.emu.triggers.list().map((t) => t.owner)).toEqual(['teacher@school.example', OWNER]);
    const fires = w.emu.triggers.fireDue(w.app, MONDAY_9);
    expect(fires.map((f) => f.error)).toEqual(fires.map(() => undefined));
    expect(w.emu.mail.sent).toHaveLength(6);
    expect(w.emu.mail.sent.every((m) => m.from === OWNER)).toBe(true);
    expect(w.emu.triggers.list().map((t) => t.owner)).toEqual([OWNER]);

    w.run('disableWeeklyDigest', { activeUser: 'teacher@school.example' });
    expect(w.emu.ui.alerts.at(-1)!.prompt).toContain(`Её включал(а) ${OWNER}`);
    expect(w.emu.triggers.fireDue(w.app, '2025-12-01T09:00').map((f) => f.error)).toEqual([undefined]); // it retires at once
    expect(w.emu.mail.sent).toHaveLength(6);
    expect(w.emu.triggers.list()).toEqual([]);
  });
});

describe('«Отправить пробный дайджест мне»', () => {
  it('sends the current user their own digest, to them only, marked as a test, outside the week\'s record', () => {
    const w = school({ now: '2025-11-24T10:00' });
    w.run('sendTestDigestToMe', { activeUser: 'ivanova@school.example' });
    expect(w.emu.mail.sent).toHaveLength(1);
    const [m] = w.emu.mail.sent;
    expect(m.to).toEqual(['ivanova@school.example']);
    expect(m.subject).toBe('Пробное письмо. Дорожная карта: 1 просрочено, 1 скоро срок — МБОУ «СОШ № 5»');
    expect(m.body).toContain('Это пробное письмо');
    expect(w.emu.ui.alerts.at(-1)!.prompt).toBe('Пробное письмо отправлено на ivanova@school.example. Это ваш дайджест как ответственного (Иванова И.И).');
    expect(mailLog(w).map((r) => [r[1], r[3]])).toEqual([['ivanova@school.example', 'пробное письмо отправлено']]);
    expect(w.emu.properties('document')['digest.week']).toBeUndefined();
  });

  it('sends the coordinators\' summary to someone with nothing of their own', () => {
    const w = school({ now: '2025-11-24T10:00' });
    w.run('sendTestDigestToMe', { activeUser: 'orlova@school.example' });
    const [m] = w.emu.mail.sent;
    expect(m.to).toEqual(['orlova@school.example']);
    expect(m.subject).toBe('Пробное письмо. Дорожная карта, сводка: 2 просрочено, 3 скоро срок — МБОУ «СОШ № 5»');
    expect(m.body).toContain('поэтому ниже — сводка для координаторов');
  });

  it('says so in Russian when Google does not tell who the user is, and sends nothing', () => {
    const w = school({ now: '2025-11-24T10:00' });
    w.run('sendTestDigestToMe', { activeUser: '' });
    expect(w.emu.ui.alerts.at(-1)!.prompt).toBe(DIGEST.noUserEmail);
    expect(w.emu.mail.sent).toEqual([]);
  });

  it('says so when the day\'s mail quota is spent', () => {
    const w = school({ now: '2025-11-24T10:00' });
    w.emu.mail.spend(100, 'ivanova@school.example');
    w.run('sendTestDigestToMe', { activeUser: 'ivanova@school.example' });
    expect(w.emu.ui.alerts.at(-1)!.prompt).toBe(DIGEST.quotaOut);
    expect(w.emu.mail.sent).toEqual([]);
  });
});

describe('menu and manifest', () => {
  it('lists the three items in the menu, and a simple trigger cannot send or install anything', () => {
    const w = school();
    w.run('onOpen', { as: 'simple' });
    const captions = w.emu.ui.menus[0].items.flatMap((i) => (i.kind === 'item' ? [i.caption] : []));
    expect(captions).toEqual(expect.arrayContaining([DIGEST.menu.enable, DIGEST.menu.disable, DIGEST.menu.test]));
    w.run('enableWeeklyDigest');
    w.emu.clock.set(MONDAY_9);
    const uid = w.emu.triggers.list()[0].uid;
    const result = w.app.run('weeklyDigest', { as: 'simple', event: { triggerUid: uid } }) as { status: string; message: string };
    expect(result).toMatchObject({ status: 'failed', message: expect.stringMatching(/You do not have permission to call MailApp/) });
    expect(w.emu.mail.sent).toEqual([]);
    expect(mailLog(w).at(-1)![3]).toMatch(/^рассылка прервана: You do not have permission/);
  });
});

/** The benchmark's world: n activities over 24 staff with emails, the digest on; its Monday run measured. */
function costs(activities: number) {
  const { emu, app } = digestWorld(activities);
  emu.triggers.fireDue(app, '2023-10-02T07:59');
  const m = emu.calls.measure(() => emu.triggers.fireDue(app, '2023-10-02T09:00'));
  expect(m.result.map((f) => f.error)).toEqual([undefined]);
  return { calls: m.byMethod, letters: emu.mail.sent.length, recipients: new Set(emu.mail.sent.map((x) => x.to[0])).size };
}

describe('calls', () => {
  it('makes one sendEmail per letter, one quota check per run, and reads each sheet once at 15 and 400 activities', () => {
    const small = costs(15);
    const large = costs(400);
    for (const c of [small, large]) {
      expect(c.letters).toBeGreaterThan(1);
      expect(c.calls['MailApp.sendEmail']).toBe(c.letters);
      expect(c.calls['MailApp.getRemainingDailyQuota']).toBe(1);
      expect(c.recipients).toBe(c.letters);
    }
    expect(large.calls['Range.getValues']).toBe(small.calls['Range.getValues']);
    expect(large.calls['Range.setValues']).toBe(small.calls['Range.setValues']);
    expect(large.calls['ScriptApp.getProjectTriggers'] ?? 0).toBe(0);
    const { 'MailApp.sendEmail': a, 'Properties.setProperties': b, ...fixedSmall } = small.calls;
    const { 'MailApp.sendEmail': c, 'Properties.setProperties': d, ...fixedLarge } = large.calls;
    // Per letter: "sending" saved before it goes, the outcome after; plus the new week and the settled log.
    expect(b).toBe(2 * a + 2);
    expect(d).toBe(2 * c + 2);
    expect(fixedLarge).toEqual(fixedSmall);
  });
});
