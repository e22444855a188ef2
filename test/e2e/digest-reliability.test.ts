// Exactly once per week per recipient on the built bundle: a double fire, runs that overlap, the daily quota
// running out after 2 of 5 letters and the rest going out the next day, a bad address failing alone, and
// a run that nears Apps Script's 6-minute limit. The digest's one hourly trigger carries every resume.
import { DIGEST } from '../../src/text/ru';
import { COORDINATOR, OWNER, PERSONAL, mailLog, school } from './digest-fixture';

const MONDAY_9 = '2025-11-24T09:00';

/** Letters each address received. */
function perRecipient(w: ReturnType<typeof school>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of w.emu.mail.sent) out[m.to[0]] = (out[m.to[0]] ?? 0) + 1;
  return out;
}

const once = (addresses: string[]): Record<string, number> => Object.fromEntries(addresses.map((a) => [a, 1]));

function enabled(opts: Parameters<typeof school>[0] = {}) {
  const w = school(opts);
  w.run('enableWeeklyDigest');
  const uid = w.emu.triggers.list()[0].uid;
  return { w, uid };
}

describe('a double fire', () => {
  it('sends nothing the second time, and logs nothing new', () => {
    const { w, uid } = enabled();
    w.emu.triggers.fireDue(w.app, MONDAY_9);
    const log = mailLog(w).length;
    const second = w.emu.triggers.fire(w.app, uid);
    expect(second.error).toBeUndefined();
    expect(perRecipient(w)).toEqual(once([...PERSONAL, COORDINATOR]));
    expect(mailLog(w)).toHaveLength(log);
    expect(w.emu.triggers.list()).toHaveLength(1);
  });

  it('sends nothing twice within the week even after someone switched it off and on again', () => {
    const { w } = enabled();
    w.emu.triggers.fireDue(w.app, MONDAY_9);
    w.run('disableWeeklyDigest');
    w.run('enableWeeklyDigest');
    w.emu.triggers.fire(w.app, w.emu.triggers.list()[0].uid);
    expect(perRecipient(w)).toEqual(once([...PERSONAL, COORDINATOR]));
  });
});

describe('overlapping runs', () => {
  it('a run that finds another one holding the lock sends nothing and creates nothing; the next hourly run sends each letter once', () => {
    const { w, uid } = enabled();
    w.emu.clock.set('2025-11-24T08:00');
    w.emu.locks.holdElsewhere('document');
    const busy = w.emu.triggers.fire(w.app, uid);
    expect(busy).toMatchObject({ result: { status: 'busy' } });
    expect(w.emu.mail.sent).toEqual([]);
    expect(w.emu.triggers.list().map((t) => t.uid)).toEqual([uid]);

    w.emu.locks.releaseElsewhere('document');
    const fires = w.emu.triggers.fireDue(w.app, '2025-11-24T10:00');
    expect(fires.map((f) => f.error)).toEqual(fires.map(() => undefined));
    expect(perRecipient(w)).toEqual(once([...PERSONAL, COORDINATOR]));
    expect(w.emu.triggers.list().map((t) => t.uid)).toEqual([uid]);
  });

  it('a run after the week is done knows it from the record: it takes no lock and sends nothing', () => {
    const { w, uid } = enabled();
    w.emu.triggers.fireDue(w.app, MONDAY_9);
    w.emu.locks.holdElsewhere('document', { forMs: 10_000 });
    const t0 = w.emu.clock.nowMs();
    const late = w.emu.triggers.fire(w.app, uid);
    expect(late).toMatchObject({ result: { status: 'idle' } });
    expect(w.emu.clock.nowMs()).toBe(t0);
    expect(perRecipient(w)).toEqual(once([...PERSONAL, COORDINATOR]));
  });

  it('a run interrupted after two letters is finished by the next without repeating them', () => {
    const { w, uid } = enabled({ coordinators: '' });
    // What a run killed after its second letter leaves behind: the week planned, two letters recorded.
    const week = { week: '2025-W48', planned: PERSONAL, sent: PERSONAL.slice(0, 2), failed: [] };
    w.emu.setProperties('document', { 'digest.week': '1', 'digest.week.0': JSON.stringify(week) });
    w.emu.clock.set('2025-11-24T08:30');
    w.emu.triggers.fire(w.app, uid);
    expect(w.emu.mail.sent.map((m) => m.to[0])).toEqual(PERSONAL.slice(2));
    expect(JSON.parse(w.emu.properties('document')['digest.week.0']).sent).toEqual(PERSONAL);
  });
});

describe('the daily quota running out', () => {
  it('stops cleanly after 2 of 5 letters, records who is left, and sends the other 3 the next day', () => {
    const { w, uid } = enabled({ coordinators: '' });
    w.emu.clock.set('2025-11-24T07:00');
    w.emu.mail.spend(98, OWNER); // other scripts of the same account used 98 of 100 this morning
    const [monday] = w.emu.triggers.fireDue(w.app, MONDAY_9);
    expect(monday.error).toBeUndefined();
    expect(w.emu.mail.sent).toHaveLength(2);
    const week = JSON.parse(w.emu.properties('document')['digest.week.0']);
    expect(week.planned).toHaveLength(5);
    expect(week.sent).toHaveLength(2);
    expect(mailLog(w).map((r) => r[3])).toEqual(['отправлено', 'отправлено', DIGEST.log.deferredQuota, DIGEST.log.deferredQuota, DIGEST.log.deferredQuota]);
    expect(w.emu.triggers.list().map((t) => t.uid)).toEqual([uid]); // nothing is created inside the trigger run

    // The hourly runs until the quota comes back ask MailApp once each and read nothing else.
    const waiting = w.emu.triggers.fireDue(w.app, '2025-11-25T06:30');
    expect(waiting.length).toBeGreaterThan(15);
    expect(waiting.every((f) => (f.result as { status: string }).status === 'deferred')).toBe(true);
    expect(w.emu.mail.sent).toHaveLength(2);
    const tuesday = w.emu.triggers.fireDue(w.app, '2025-11-25T10:00');
    expect(tuesday.filter((f) => (f.result as { status: string }).status === 'done')).toHaveLength(1);
    expect(perRecipient(w)).toEqual(once(PERSONAL));
    const resumed = w.emu.mail.sent.slice(2);
    expect(resumed.every((m) => new Date(m.atMs).toISOString().startsWith('2025-11-25'))).toBe(true);
    // Tuesday's letters carry Tuesday's news: 1.4 was due 15.11, 10 days before Tuesday.
    expect(w.emu.mail.to('kuznetsova@school.example')[0].body).toContain('срок 15.11.2025 — просрочено на 10 дн.');
    expect(w.emu.triggers.list().map((t) => t.uid)).toEqual([uid]);
    expect(mailLog(w).slice(5).map((r) => r[3])).toEqual(['отправлено', 'отправлено', 'отправлено']);
  });

  it('treats Google\'s over-quota error during sending (another run used the quota) as the quota, not a failure', () => {
    const { w, uid } = enabled({ coordinators: '' });
    w.emu.clock.set('2025-11-24T08:30');
    const mail = w.emu.mail;
    // The quota is read once per run; here another execution spends it right after that read.
    const original = mail.remaining.bind(mail);
    let reads = 0;
    mail.remaining = (user?: string) => {
      const r = original(user);
      if (++reads === 1) mail.spend(r - 1, OWNER);
      return r;
    };
    w.emu.triggers.fire(w.app, uid);
    expect(w.emu.mail.sent).toHaveLength(1);
    const week = JSON.parse(w.emu.properties('document')['digest.week.0']);
    expect(week.failed).toEqual([]);
    expect(mailLog(w).filter((r) => r[3] === DIGEST.log.deferredQuota)).toHaveLength(4);
  });
});

describe('a bad address', () => {
  it('fails alone: the others get their letters, the failure is logged, not retried, and the coordinator is told', () => {
    const { w, uid } = enabled({ emails: { 'Кузнецова К.К.': 'kuznetsova@school..example' } });
    const fires = w.emu.triggers.fireDue(w.app, MONDAY_9);
    expect(fires.map((f) => f.error)).toEqual(fires.map(() => undefined));
    const good = [...PERSONAL.filter((a) => !a.startsWith('kuznetsova')), COORDINATOR];
    expect(perRecipient(w)).toEqual(once(good));
    const row = mailLog(w).find((r) => r[1] === 'kuznetsova@school..example')!;
    expect(row[3]).toBe(DIGEST.log.badAddress);
    expect(JSON.parse(w.emu.properties('document')['digest.week.0']).failed).toEqual(['kuznetsova@school..example']);
    const [summary] = w.emu.mail.to(COORDINATOR);
    expect(summary.body).toContain(`НЕ ПОЛУЧИЛИ ПИСЬМО НА ЭТОЙ НЕДЕЛЕ (1)\n• kuznetsova@school..example — ${DIGEST.why.badAddress}`);
    w.emu.triggers.fire(w.app, uid);
    expect(mailLog(w).filter((r) => r[1] === 'kuznetsova@school..example')).toHaveLength(1);
    expect(w.emu.triggers.list()).toHaveLength(1);
  });
});

describe('a coordinator address Google refuses', () => {
  it('does not stop the others\' letters: they go without reply-to, the coordinator\'s own letter fails alone', () => {
    const { w } = enabled({ coordinators: 'director@school..example' });
    const fires = w.emu.triggers.fireDue(w.app, MONDAY_9);
    expect(fires.map((f) => f.error)).toEqual(fires.map(() => undefined));
    expect(perRecipient(w)).toEqual(once(PERSONAL));
    expect(w.emu.mail.sent.every((m) => m.replyTo === null)).toBe(true);
    expect(w.emu.mail.sent[0].body).not.toContain('Ответ на это письмо получит координатор');
    expect(mailLog(w).find((r) => r[1] === 'director@school..example')![3]).toBe(DIGEST.log.badAddress);
  });
});

describe('the 6-minute limit', () => {
  it('stops before Apps Script would end the run, and the next hourly run sends the rest', () => {
    const { w, uid } = enabled();
    w.emu.mail.latencyMs = 100_000; // a very slow mail server: 100 s per letter
    w.emu.clock.set('2025-11-24T08:30');
    const monday = w.emu.triggers.fire(w.app, uid);
    expect(monday.error).toBeUndefined();
    expect(w.emu.mail.sent).toHaveLength(3);
    expect(mailLog(w).filter((r) => r[3] === DIGEST.log.deferredTime)).toHaveLength(3);
    w.emu.mail.latencyMs = 0;
    const next = w.emu.triggers.fireDue(w.app, '2025-11-24T10:00');
    const resumed = next.filter((f) => (f.result as { status: string }).status === 'done');
    expect(resumed).toHaveLength(1);
    expect(resumed[0].atMs - monday.atMs).toBeLessThanOrEqual(60 * 60_000);
    expect(perRecipient(w)).toEqual(once([...PERSONAL, COORDINATOR]));
    expect(w.emu.triggers.list().map((t) => t.uid)).toEqual([uid]);
  });
});

describe('when the roadmap cannot be read', () => {
  it('logs why on «Журнал рассылки» in Russian, sends nothing and does not fail the trigger', () => {
    const { w } = enabled();
    w.emu.poke('Дорожная карта', 'A1', [['Что-то', 'совсем', 'другое', '', '']]);
    const fires = w.emu.triggers.fireDue(w.app, '2025-11-24T20:00');
    expect(fires.map((f) => f.error)).toEqual(fires.map(() => undefined));
    expect(w.emu.mail.sent).toEqual([]);
    expect(mailLog(w)).toHaveLength(1); // said once, not every hour
    const [row] = mailLog(w);
    expect(row[3]).toMatch(/^рассылка не выполнена: На листе «Дорожная карта» не найдены столбцы/);
  });
});
