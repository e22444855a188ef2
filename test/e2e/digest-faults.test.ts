// Fault injection on the built bundle (issue 11): at every service call of the Monday digest run, that call
// fails once — a transient server error, a property store error, the mail quota spent elsewhere, the run's
// time limit (every later call of that run fails too, as when Apps Script ends it), a lock held by another
// execution. The hourly trigger then runs on through Tuesday. Each planned recipient must get exactly one
// letter that week, or none with a line on «Журнал рассылки» and the coordinator told; every letter sent
// has a log line.
import { faultApplies, faultInjector, type FaultKind } from '../../emulator/faults';
import { DIGEST } from '../../src/text/ru';
import { COORDINATOR, PERSONAL, mailLog, school } from './digest-fixture';

const BEFORE = '2025-11-24T07:59';
const MONDAY_9 = '2025-11-24T09:00';
const UNTIL = '2025-11-25T12:00';
const KINDS: FaultKind[] = ['transient', 'store', 'quota', 'time', 'lock'];
const RECIPIENTS = [...PERSONAL, COORDINATOR];

/** The school with the digest on, the hourly runs before 08:00 Monday done (they send nothing). */
function ready() {
  const w = school();
  w.run('enableWeeklyDigest');
  w.emu.triggers.fireDue(w.app, BEFORE);
  return w;
}

/** The counted calls of the Monday run, fault-free. */
function baseline(): string[] {
  const w = ready();
  const faults = faultInjector(w.emu.env);
  faults.arm(Infinity);
  w.emu.triggers.fireDue(w.app, MONDAY_9);
  const methods = faults.methods.slice();
  faults.disarm();
  return methods;
}

interface Verdict {
  letters: Record<string, number>;
  problems: string[];
}

function faulted(at: number, kind: FaultKind): Verdict & { injected: string | null } {
  const w = ready();
  const faults = faultInjector(w.emu.env);
  faults.arm(at, kind);
  w.emu.triggers.fireDue(w.app, MONDAY_9);
  const injected = faults.injected?.method ?? null;
  faults.disarm();
  w.emu.locks.releaseElsewhere('document');
  w.emu.locks.releaseElsewhere('user');
  w.emu.locks.releaseElsewhere('script');
  w.emu.triggers.fireDue(w.app, UNTIL);

  const letters: Record<string, number> = Object.fromEntries(RECIPIENTS.map((a) => [a, 0]));
  for (const m of w.emu.mail.sent) letters[m.to[0]] = (letters[m.to[0]] ?? 0) + 1;
  const log = mailLog(w);
  const lines = (a: string): string[] => log.filter((r) => r[1] === a).map((r) => r[3]);
  const [summary] = w.emu.mail.to(COORDINATOR);
  const problems: string[] = [];
  for (const a of RECIPIENTS) {
    if (letters[a] > 1) problems.push(`${a}: ${letters[a]} letters`);
    if (letters[a] === 1 && !lines(a).some((l) => l === DIGEST.log.sent || l === DIGEST.log.unconfirmed)) problems.push(`${a}: sent, no log line`);
    if (letters[a] === 0) {
      if (!lines(a).length) problems.push(`${a}: nothing, no log line`);
      if (a !== COORDINATOR && !(summary && summary.body.includes(`• ${a} — `))) problems.push(`${a}: nothing, coordinator not told`);
    }
  }
  return { letters, problems, injected };
}

describe('the Monday digest run with one fault at each of its service calls', () => {
  const calls = baseline();
  const cases: [number, FaultKind, string][] = [];
  calls.forEach((method, i) => KINDS.forEach((kind) => faultApplies(kind, method) && cases.push([i + 1, kind, method])));

  it('has a run to break: reads, one send per recipient, records around each send, the log', () => {
    expect(calls.filter((m) => m === 'MailApp.sendEmail')).toHaveLength(RECIPIENTS.length);
    expect(calls.length).toBeGreaterThan(30);
    // The counts the closing note gives.
    console.log(`digest fault harness: ${calls.length} calls in the Monday run, ${cases.length} faulted runs (${KINDS.map((k) => `${k} ${cases.filter((c) => c[1] === k).length}`).join(', ')})`);
  });

  it.each(cases)('call %i fails with %s (%s): one letter each, or none with a log line and the coordinator told', (at, kind, method) => {
    const v = faulted(at, kind);
    expect(v.injected).toBe(method);
    expect(v.problems).toEqual([]);
  });
});
