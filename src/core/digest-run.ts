// The weekly digest's send policy, with the services passed in: when a run is due, what a run of the week
// still has to send and in what order, the daily mail quota and the run's time budget, retries of failed
// sends, and the week's record written so that no store failure can ever make a second letter.
import { addDays, dateInZone, zoneOffsetMinutes, type IsoDate } from './calendar';
import { digestWeek, emailKey, isoWeekDay, type DigestMessage, type DigestPlan, type Undelivered } from './digest';

/** One letter as it goes to MailApp: rendered once per run. */
export interface Letter {
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** A line of «Журнал рассылки». `at` is epoch ms (the core has no clock: the ports give it). */
export interface LogLine {
  at: number;
  to: string;
  subject: string;
  /** What happened, in Russian (the shell's text module makes it from the outcome). */
  result: LogResult;
}

export type LogResult =
  | { kind: 'sent' }
  | { kind: 'failed'; reason: string }
  | { kind: 'badAddress' }
  | { kind: 'unconfirmed' }
  | { kind: 'retry'; reason: string; attempt: number }
  | { kind: 'deferredQuota' }
  | { kind: 'deferredTime' }
  | { kind: 'stoppedStore'; reason: string }
  /** A line the shell words itself (e.g. the settings' day and hour changed). */
  | { kind: 'note'; text: string };

/**
 * What "exactly once a week" remembers. `sending` holds the address of a letter handed to MailApp whose
 * outcome is not yet written: a run that finds one there does not send it again (at most one letter), it
 * reports it as unconfirmed instead. `owed` are log lines written to the record in the same save as the
 * outcome they describe, so a run that dies before the log is written leaves them for the next run.
 */
export interface WeekRecord {
  week: string;
  planned: string[];
  sent: string[];
  /** Gave up: bad address, refused in every run, or unconfirmed. */
  failed: string[];
  sending?: string[];
  /** Runs in which the letter failed so far (transient errors are retried in the next run). */
  tries?: Record<string, number>;
  /** Why each failed address got nothing: for the coordinator's letter. */
  why?: Record<string, Undelivered['why']>;
  owed?: LogLine[];
}

/** The services a run uses; the Google shell passes MailApp, PropertiesService, the mail log and the clock. */
export interface DigestPorts {
  /** Epoch ms now. */
  now(): number;
  /** MailApp.getRemainingDailyQuota(): recipients left today. */
  remainingQuota(): number;
  /** One MailApp.sendEmail; throws whatever Google throws. */
  send(letter: Letter, replyTo: string | null): void;
  /** Writes the week record; throws when the store fails. */
  saveWeek(record: WeekRecord): void;
  /** Appends lines to «Журнал рассылки»; throws when the sheet cannot be written. */
  log(lines: LogLine[]): void;
  /** Utilities.sleep: the pause before a retry within the run. */
  sleep(ms: number): void;
}

/** Sending stops here and the next hourly run finishes the week: Apps Script ends a run at 6 minutes. */
export const TIME_BUDGET_MS = 4.5 * 60_000;
/** Pauses before the second and third attempt of one letter within a run. */
export const RETRY_PAUSES_MS = [2_000, 10_000];
/** Runs (an hour apart) in which a letter may fail before it is given up for the week. */
export const MAX_RUNS_PER_LETTER = 3;

const copy = (r: WeekRecord): WeekRecord => ({
  week: r.week, planned: r.planned.slice(), sent: r.sent.slice(), failed: r.failed.slice(), sending: (r.sending ?? []).slice(),
  tries: { ...(r.tries ?? {}) }, why: { ...(r.why ?? {}) }, owed: (r.owed ?? []).slice(),
});

/** Addresses planned this week that have neither received the digest nor been given up. */
export function leftInWeek(record: WeekRecord): string[] {
  const done = new Set([...record.sent, ...record.failed, ...(record.sending ?? [])]);
  return record.planned.filter((a) => !done.has(a));
}

/**
 * This run's letters: on a new week, everyone in the plan (and a fresh record); within a week, those planned
 * who have neither received it nor been given up. Someone who only now has news waits for next week, so
 * nobody gets two letters a week and a resumed run sends what was left, not more. A letter left in `sending`
 * by a run that died (or whose store failed right after the send) is never sent again: it is reported as
 * unconfirmed, with a log line owed.
 */
export function weekToSend(plan: DigestPlan, stored: WeekRecord | null, nowMs: number): { record: WeekRecord; pending: DigestMessage[] } {
  if (!stored || stored.week !== plan.week) {
    return { record: copy({ week: plan.week, planned: plan.messages.map((m) => emailKey(m.to)), sent: [], failed: [] }), pending: plan.messages.slice() };
  }
  const record = copy(stored);
  for (const key of record.sending ?? []) {
    if (record.sent.includes(key) || record.failed.includes(key)) continue;
    record.failed.push(key);
    (record.why as Record<string, Undelivered['why']>)[key] = { kind: 'unconfirmed' };
    (record.owed as LogLine[]).push({ at: nowMs, to: key, subject: '', result: { kind: 'unconfirmed' } });
  }
  record.sending = [];
  const left = new Set(leftInWeek(record));
  return { record, pending: plan.messages.filter((m) => left.has(emailKey(m.to))) };
}

/** Whom the coordinators' letter names as having got nothing this week, and why. */
export function undelivered(record: WeekRecord): Undelivered[] {
  return record.failed.map((to) => ({ to, why: record.why?.[to] ?? { kind: 'refused', reason: '' } }));
}

/**
 * An address Google would obviously refuse ("ivanov@school..ru", "ivanov@school"): failed at once without
 * spending a try. Anything subtler is left to Google, and its refusal is handled without reading its text.
 */
export function isPlausibleAddress(address: string): boolean {
  const atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
  return new RegExp(`^${atom}(?:\\.${atom})*@${label}(?:\\.${label})*\\.[A-Za-z]{2,}$`).test(address.trim());
}

// ---- when a run is due ----

export interface Schedule {
  /** ISO day of week (1 = Monday) and hour of the digest, in `timeZone`. */
  day: number;
  hour: number;
  timeZone: string;
  /** The digest week current when the digest was switched on: that week is not sent (it had begun already). */
  since?: string;
}

/** The digest week an instant belongs to: a new one begins on the digest day at the digest hour. */
export function scheduledWeek(nowMs: number, s: Schedule): string {
  const instant = new Date(nowMs);
  const today: IsoDate = dateInZone(instant, s.timeZone);
  const hour = new Date(nowMs + zoneOffsetMinutes(instant, s.timeZone) * 60_000).getUTCHours();
  const before = isoWeekDay(today) === s.day && hour < s.hour;
  return digestWeek(before ? addDays(today, -1) : today, s.day);
}

export type Due = 'idle' | 'start' | 'resume';

/**
 * What an hourly run has to do, from the record alone (no spreadsheet read): start this week's digest once
 * its hour has come, resume a week that has letters or log lines left, or nothing.
 */
export function digestDue(nowMs: number, s: Schedule, record: WeekRecord | null): Due {
  const week = scheduledWeek(nowMs, s);
  if (!record || record.week !== week) return s.since !== undefined && week <= s.since ? 'idle' : 'start';
  const open = leftInWeek(record).length > 0 || (record.sending ?? []).length > 0 || (record.owed ?? []).length > 0;
  return open ? 'resume' : 'idle';
}

// ---- one run ----

export interface RunInput {
  record: WeekRecord;
  pending: DigestMessage[];
  /** Renders one letter; a coordinator's message carries the list of who got nothing. */
  render(message: DigestMessage, replyTo: string | null): Letter;
  /** Replies go to the first coordinator (null when there is none or the address is implausible). */
  replyTo: string | null;
  startedMs: number;
}

export type StopReason = 'quota' | 'time' | 'store';

export interface RunOutcome {
  record: WeekRecord;
  sent: number;
  failed: number;
  /** Planned this week and not yet sent or given up. */
  left: number;
  stopped: StopReason | null;
  /** Lines for «Журнал рассылки» that are not part of the record (deferrals): written once, at the end. */
  notes: LogLine[];
}

type Attempt = { ok: true } | { ok: false; quota: true } | { ok: false; quota: false; reason: string };

const reasonOf = (e: unknown): string => {
  const m = (e as { message?: unknown } | null)?.message;
  return typeof m === 'string' ? m : String(e);
};

/**
 * Sends the week's pending letters, personal ones first; a coordinator's letter goes only once every other
 * letter of the week is sent or given up, so it can name whoever got nothing. Per letter: the address is
 * written to `sending` (if that save fails, nothing is sent), the letter goes, then the outcome and its log
 * line are saved together. A failed send is classified by asking MailApp for the quota left, never by the
 * error's wording (Google words errors in the account's language): no quota left means "later"; otherwise
 * the letter is tried again after a pause, and in the next runs, up to MAX_RUNS_PER_LETTER.
 */
export function sendWeek(input: RunInput, ports: DigestPorts): RunOutcome {
  const record = copy(input.record);
  const out: RunOutcome = { record, sent: 0, failed: 0, left: 0, stopped: null, notes: [] };
  let replyTo = input.replyTo;
  const key = (m: DigestMessage): string => emailKey(m.to);
  const personal = input.pending.filter((m) => !m.summary);
  const summaries = input.pending.filter((m) => m.summary);
  let quota = input.pending.length ? ports.remainingQuota() : 0;

  const save = (): boolean => {
    try {
      ports.saveWeek(record);
      return true;
    } catch (e) {
      out.stopped = 'store';
      out.notes.push({ at: ports.now(), to: '', subject: '', result: { kind: 'stoppedStore', reason: reasonOf(e) } });
      return false;
    }
  };
  const giveUp = (k: string, why: Undelivered['why']): void => {
    record.failed.push(k);
    (record.why as Record<string, Undelivered['why']>)[k] = why;
    out.failed++;
  };
  const owe = (line: LogLine): void => void (record.owed as LogLine[]).push(line);

  const attempt = (letter: Letter, to: string | null): Attempt => {
    try {
      ports.send(letter, to);
      return { ok: true };
    } catch (e) {
      // Out of quota (also when another execution spent it meanwhile): MailApp says so by its count.
      if (ports.remainingQuota() < 1) return { ok: false, quota: true };
      return { ok: false, quota: false, reason: reasonOf(e) };
    }
  };

  const deliver = (message: DigestMessage): 'sent' | 'quota' | 'stop' | 'failed' => {
    const k = key(message);
    let letter = input.render(message, replyTo);
    (record.sending as string[]).push(k);
    if (!save()) {
      record.sending = (record.sending as string[]).filter((x) => x !== k);
      return 'stop';
    }
    let result = attempt(letter, replyTo);
    if (!result.ok && !result.quota && replyTo) {
      // A reply-to address Google refuses would fail every letter: try at once without it, and keep it off if that works.
      const without = input.render(message, null);
      result = attempt(without, null);
      if (result.ok) {
        replyTo = null;
        letter = without;
      }
    }
    for (let i = 0; !result.ok && !result.quota && i < RETRY_PAUSES_MS.length; i++) {
      if (ports.now() - input.startedMs + RETRY_PAUSES_MS[i] > TIME_BUDGET_MS) break;
      ports.sleep(RETRY_PAUSES_MS[i]);
      result = attempt(letter, replyTo);
    }
    record.sending = (record.sending as string[]).filter((x) => x !== k);
    const at = ports.now();
    if (result.ok) {
      record.sent.push(k);
      out.sent++;
      quota--;
      owe({ at, to: message.to, subject: letter.subject, result: { kind: 'sent' } });
    } else if (result.quota) {
      quota = 0;
    } else {
      const tries = ((record.tries as Record<string, number>)[k] ?? 0) + 1;
      (record.tries as Record<string, number>)[k] = tries;
      if (tries >= MAX_RUNS_PER_LETTER) {
        giveUp(k, { kind: 'refused', reason: result.reason });
        owe({ at, to: message.to, subject: letter.subject, result: { kind: 'failed', reason: result.reason } });
      } else {
        owe({ at, to: message.to, subject: letter.subject, result: { kind: 'retry', reason: result.reason, attempt: tries } });
      }
    }
    if (!save()) {
      // The outcome is known here but could not be recorded: at least the log says what happened now.
      if (result.ok) out.notes.push({ at, to: message.to, subject: letter.subject, result: { kind: 'sent' } });
      return 'stop';
    }
    if (!result.ok && result.quota) return 'quota';
    return result.ok ? 'sent' : 'failed';
  };

  const run = (message: DigestMessage): boolean => {
    if (quota < 1) out.stopped = 'quota';
    else if (ports.now() - input.startedMs > TIME_BUDGET_MS) out.stopped = 'time';
    if (out.stopped) return false;
    if (!isPlausibleAddress(message.to)) {
      giveUp(key(message), { kind: 'badAddress' });
      owe({ at: ports.now(), to: message.to, subject: '', result: { kind: 'badAddress' } });
      return save();
    }
    const r = deliver(message);
    if (r === 'quota') out.stopped = 'quota';
    return r !== 'stop' && r !== 'quota';
  };

  let going = true;
  for (const m of personal) if (going) going = run(m);
  // Coordinators last, and only when nobody else is waiting (a retry, the quota, the time budget).
  const othersOpen = (): boolean => leftInWeek(record).some((k) => !summaries.some((s) => key(s) === k));
  for (const m of summaries) {
    if (!going || othersOpen()) break;
    going = run({ ...m, undelivered: undelivered(record) });
  }
  out.left = leftInWeek(record).length;
  if (out.stopped === 'quota' || out.stopped === 'time') {
    const kind = out.stopped === 'quota' ? 'deferredQuota' : 'deferredTime';
    const open = new Set(leftInWeek(record));
    for (const m of input.pending) if (open.has(key(m))) out.notes.push({ at: ports.now(), to: m.to, subject: '', result: { kind } });
  }
  return out;
}

/** Writes the owed log lines and then forgets them; a failure here leaves them owed for the next run. */
export function settleLog(record: WeekRecord, notes: LogLine[], ports: Pick<DigestPorts, 'log' | 'saveWeek'>): boolean {
  const owed = record.owed ?? [];
  if (!owed.length && !notes.length) return true;
  try {
    ports.log([...owed, ...notes].sort((a, b) => a.at - b.at));
  } catch {
    return false;
  }
  if (!owed.length) return true;
  record.owed = [];
  try {
    ports.saveWeek(record);
    return true;
  } catch {
    return false; // the lines are on the sheet; the next run may write them once more
  }
}
