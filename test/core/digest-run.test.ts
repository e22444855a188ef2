// The digest's send policy on its own, with fake services: order (coordinators last, told who got nothing),
// retries, quota known by asking MailApp (never by the error's words), the record written around each send
// so that no store failure can make a second letter, each letter rendered once, and when an hourly run is due.
import type { DigestMessage, DigestPlan, SummaryPart } from '../../src/core/digest';
import {
  digestDue, MAX_RUNS_PER_LETTER, scheduledWeek, sendWeek, settleLog, weekToSend,
  type DigestPorts, type Letter, type LogLine, type WeekRecord,
} from '../../src/core/digest-run';

const SUMMARY = { counts: { overdue: 1, soon: 0, doneWeek: 0, done: 0, total: 1 } } as SummaryPart;
const person = (to: string): DigestMessage => ({ to, personal: { names: [to], overdue: [], soon: [], done: [] }, summary: null });
const coordinator = (to: string): DigestMessage => ({ to, personal: null, summary: SUMMARY });

function plan(messages: DigestMessage[], week = '2025-W48'): DigestPlan {
  return { week, today: '2025-11-24', horizonDays: 14, messages, summary: SUMMARY, reachable: [], withoutEmail: [], coordinators: [] };
}

interface Fake extends DigestPorts {
  sent: { to: string; replyTo: string | null; letter: Letter }[];
  saved: WeekRecord[];
  logged: LogLine[];
  quota: number;
  clock: number;
  /** Throws for the n-th send call (1-based) with this text; quotaAfter: what MailApp then says is left. */
  failSend: Map<number, { text: string; quotaAfter?: number }>;
  failSave: Set<number>;
  sends: number;
  saves: number;
  renders: number;
}

function fake(quota = 100): Fake {
  const f: Fake = {
    sent: [], saved: [], logged: [], quota, clock: 1_000_000, failSend: new Map(), failSave: new Set(), sends: 0, saves: 0, renders: 0,
    now: () => f.clock,
    remainingQuota: () => f.quota,
    send: (letter, replyTo) => {
      f.sends++;
      const fault = f.failSend.get(f.sends);
      if (fault) {
        if (fault.quotaAfter !== undefined) f.quota = fault.quotaAfter;
        throw new Error(fault.text);
      }
      f.quota--;
      f.sent.push({ to: letter.to, replyTo, letter });
    },
    saveWeek: (record) => {
      f.saves++;
      if (f.failSave.has(f.saves)) throw new Error('Сбой хранилища');
      f.saved.push(JSON.parse(JSON.stringify(record)));
    },
    log: (lines) => void f.logged.push(...lines),
    sleep: (ms) => void (f.clock += ms),
  };
  return f;
}

function run(f: Fake, p: DigestPlan, stored: WeekRecord | null = null, replyTo: string | null = null) {
  const { record, pending } = weekToSend(p, stored, f.clock);
  return sendWeek({
    record, pending, replyTo, startedMs: f.clock,
    render: (m, r) => {
      f.renders++;
      const names = (m.undelivered ?? []).map((u) => `${u.to}:${u.why.kind}`).join(',');
      return { to: m.to, subject: `тема ${m.to}`, html: '', text: `${r ?? '-'}|${names}` };
    },
  }, f);
}

const lastSaved = (f: Fake): WeekRecord => f.saved[f.saved.length - 1];

describe('sendWeek', () => {
  it('sends each personal letter once, then the coordinator, whose letter names an address that cannot work', () => {
    const f = fake();
    const out = run(f, plan([coordinator('boss@school.example'), person('a@school.example'), person('b@school..example')]));
    expect(f.sent.map((s) => s.to)).toEqual(['a@school.example', 'boss@school.example']);
    expect(f.sent[1].letter.text).toBe('-|b@school..example:badAddress');
    expect(out).toMatchObject({ sent: 2, failed: 1, left: 0, stopped: null });
    expect(out.record.owed!.map((l) => [l.to, l.result.kind])).toEqual([
      ['a@school.example', 'sent'], ['b@school..example', 'badAddress'], ['boss@school.example', 'sent'],
    ]);
    expect(f.renders).toBe(2); // each letter rendered once; none for the bad address
  });

  it('retries a one-off error within the run: one letter, no failure', () => {
    const f = fake();
    f.failSend.set(1, { text: 'Service unavailable' });
    const out = run(f, plan([person('a@school.example')]));
    expect(f.sent.map((s) => s.to)).toEqual(['a@school.example']);
    expect(out).toMatchObject({ sent: 1, failed: 0, left: 0 });
    expect(f.renders).toBe(1);
  });

  it('treats a failed send after which MailApp reports no quota as the quota, whatever the wording (a Russian account)', () => {
    const f = fake();
    f.failSend.set(2, { text: 'Служба была вызвана слишком много раз за день: email.', quotaAfter: 0 });
    const out = run(f, plan([person('a@school.example'), person('b@school.example'), person('c@school.example')]));
    expect(out.stopped).toBe('quota');
    expect(out.record.failed).toEqual([]);
    expect(out.left).toBe(2);
    expect(out.notes.map((n) => [n.to, n.result.kind])).toEqual([['b@school.example', 'deferredQuota'], ['c@school.example', 'deferredQuota']]);
  });

  it('gives a letter refused in every run up after MAX_RUNS_PER_LETTER runs, and the coordinator hears why', () => {
    const f = fake();
    const refuse = (): void => { for (let i = 1; i <= 100; i++) f.failSend.set(i, { text: 'Google says no' }); };
    const p = plan([person('a@school.example'), coordinator('boss@school.example')]);
    refuse();
    let out = run(f, p);
    expect(out).toMatchObject({ sent: 0, failed: 0, left: 2 }); // the coordinator waits for the retry
    for (let r = 2; r <= MAX_RUNS_PER_LETTER; r++) {
      f.sends = 0;
      out = run(f, p, out.record);
    }
    expect(out.record.failed).toEqual(['a@school.example']);
    f.failSend.clear();
    out = run(f, p, out.record);
    expect(f.sent.map((s) => s.to)).toEqual(['boss@school.example']);
    expect(f.sent[0].letter.text).toBe('-|a@school.example:refused');
  });

  it('sends nothing when the record of the letter about to go cannot be written', () => {
    const f = fake();
    f.failSave.add(1);
    const out = run(f, plan([person('a@school.example'), person('b@school.example')]));
    expect(f.sent).toEqual([]);
    expect(out.stopped).toBe('store');
    expect(out.notes.map((n) => n.result.kind)).toEqual(['stoppedStore']);
  });

  it('never sends a second letter when the store failed right after a send: the next run reports it unconfirmed', () => {
    const f = fake();
    f.failSave.add(2); // 1: "sending a", 2: "sent a" fails
    const p = plan([person('a@school.example'), person('b@school.example')]);
    const first = run(f, p);
    expect(first.stopped).toBe('store');
    expect(f.sent.map((s) => s.to)).toEqual(['a@school.example']);
    expect(first.notes.map((n) => [n.to, n.result.kind])).toContainEqual(['a@school.example', 'sent']);
    const second = run(f, p, lastSaved(f));
    expect(f.sent.map((s) => s.to)).toEqual(['a@school.example', 'b@school.example']);
    expect(second.record.failed).toEqual(['a@school.example']);
    expect(second.record.why!['a@school.example']).toEqual({ kind: 'unconfirmed' });
    expect(second.record.owed!.map((l) => [l.to, l.result.kind])).toEqual([['a@school.example', 'unconfirmed'], ['b@school.example', 'sent']]);
  });

  it('drops a reply-to address Google refuses when the letter goes without it', () => {
    const f = fake();
    f.failSend.set(1, { text: 'Invalid argument: replyTo' });
    run(f, plan([person('a@school.example'), person('b@school.example')]), null, 'boss@school.example');
    expect(f.sent.map((s) => [s.to, s.replyTo])).toEqual([['a@school.example', null], ['b@school.example', null]]);
    expect(f.sent[0].letter.text.startsWith('-|')).toBe(true);
  });

  it('stops at the time budget and leaves the rest for the next run', () => {
    const f = fake();
    const slow = f.send;
    f.send = (l, r) => { f.clock += 100_000; slow(l, r); };
    const out = run(f, plan(['a', 'b', 'c', 'd', 'e'].map((x) => person(`${x}@school.example`))));
    expect(out.stopped).toBe('time');
    expect(f.sent).toHaveLength(3);
    expect(out.left).toBe(2);
  });
});

describe('settleLog', () => {
  it('writes the owed lines and forgets them; a failed log write keeps them owed', () => {
    const f = fake();
    const out = run(f, plan([person('a@school.example')]));
    const failing = { ...f, log: () => { throw new Error('sheet'); } };
    expect(settleLog(out.record, [], failing)).toBe(false);
    expect(out.record.owed).toHaveLength(1);
    expect(settleLog(out.record, [], f)).toBe(true);
    expect(f.logged.map((l) => l.to)).toEqual(['a@school.example']);
    expect(lastSaved(f).owed).toEqual([]);
  });
});

describe('digestDue', () => {
  const monday8 = { day: 1, hour: 8, timeZone: 'Europe/Moscow' };
  const at = (iso: string): number => Date.parse(iso);
  it('starts the week at the digest day and hour in the spreadsheet zone, not before', () => {
    expect(scheduledWeek(at('2025-11-24T04:59:00Z'), monday8)).toBe('2025-W47'); // 07:59 Moscow
    expect(scheduledWeek(at('2025-11-24T05:00:00Z'), monday8)).toBe('2025-W48');
    expect(digestDue(at('2025-11-24T05:10:00Z'), { ...monday8, since: '2025-W47' }, null)).toBe('start');
    expect(digestDue(at('2025-11-23T15:00:00Z'), { ...monday8, since: '2025-W47' }, null)).toBe('idle');
  });
  it('resumes a week with letters or log lines left, and is idle once it is done', () => {
    const now = at('2025-11-25T10:00:00Z');
    const record: WeekRecord = { week: '2025-W48', planned: ['a', 'b'], sent: ['a'], failed: [] };
    expect(digestDue(now, monday8, record)).toBe('resume');
    expect(digestDue(now, monday8, { ...record, sent: ['a', 'b'] })).toBe('idle');
    expect(digestDue(now, monday8, { ...record, sent: ['a', 'b'], owed: [{ at: 0, to: 'a', subject: '', result: { kind: 'sent' } }] })).toBe('resume');
  });
});
