// Installable triggers: the builder chain ScriptApp.newTrigger starts, the Trigger objects it returns, the
// per-user store behind getProjectTriggers, and the back door that fires clock triggers from the fake clock.
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder,
// https://developers.google.com/apps-script/guides/triggers/installable
import { addDays, dateInZone, hourInZone, instantInZone, isoWeekDay, toSerial, type IsoDate } from './dates';
import type { Env } from './env';
import { EmulatorUsageError } from './errors';
import { instrument } from './instrument';
import type { LoadedBundle } from './runtime';

/** "Triggers: 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas). */
export const TRIGGERS_PER_USER = 20;
/** The text several field reports quote when the 21st trigger is created (public GitHub code and changelogs). */
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type ClockKind = 'once' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months';

/** When a clock trigger runs, resolved at create(). */
export interface ClockSchedule {
  kind: ClockKind;
  /** every n minutes / hours / days / weeks. */
  every: number;
  /** ISO day of week (1 = Monday) for weekly triggers. */
  weekDay?: number;
  monthDay?: number;
  hour: number;
  /** The minute in the hour: nearMinute's, or a random but stable one ("fires at a random minute in that hour"). */
  minute: number;
  timeZone: string;
  /** One-off triggers (after, at, atDate): the instant. */
  atMs?: number;
  /** The first fire of a repeating trigger; later ones count from it. */
  anchorMs?: number;
}

export interface TriggerRecord {
  uid: string;
  handler: string;
  /** Whose trigger it is: getProjectTriggers lists only the caller's. */
  owner: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  clock: ClockSchedule | null;
  createdMs: number;
  /** The next time a clock trigger fires; null once a one-off has fired (it stays listed until deleted). */
  nextMs: number | null;
  fired: number;
  /** Created by a script run that a trigger started (see TriggerControl.disableTriggersMadeInTriggerRuns). */
  madeInTrigger: boolean;
}

const REGISTRY = Symbol('triggers');
const DISABLE_MADE_IN_TRIGGER = Symbol('disableTriggersMadeInTriggerRuns');

/** Every user's triggers of this script, shared by all executions. */
export function triggerStore(env: Env): TriggerRecord[] {
  const holder = env as unknown as { [REGISTRY]?: TriggerRecord[] };
  if (!holder[REGISTRY]) Object.defineProperty(env, REGISTRY, { value: [], enumerable: false });
  return holder[REGISTRY] as TriggerRecord[];
}

/** The user a trigger call acts for: the person at the keyboard, or the trigger's creator in its own runs. */
export function callingUser(env: Env): string {
  return env.context.current.activeUser || env.options.user;
}

function newUid(env: Env): string {
  // Apps Script's unique ids are decimal strings of about 19 digits; seeded, so runs repeat exactly.
  let s = String(1 + Math.floor(env.random() * 9));
  while (s.length < 19) s += String(Math.floor(env.random() * 10));
  return s;
}

/**
 * An editor add-on's limits on installable triggers: "Each add-on can only have one trigger of each type, per
 * user, per document" and "Time-driven triggers cannot run more frequently than once per hour"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers, «Restrictions»). Google does not
 * publish the error texts: these are ours.
 */
export const ADDON_TRIGGER_ERRORS = {
  onePerType: 'An add-on can only have one trigger of each type per user per document.',
  tooFrequent: 'Add-on time-driven triggers cannot run more frequently than once per hour.',
} as const;

function register(env: Env, rec: Omit<TriggerRecord, 'uid' | 'owner' | 'createdMs' | 'fired' | 'madeInTrigger'>): Trigger {
  const store = triggerStore(env);
  const owner = callingUser(env);
  if (store.filter((t) => t.owner === owner).length >= TRIGGERS_PER_USER) env.fail(TOO_MANY_TRIGGERS);
  if (env.options.addon && store.some((t) => t.owner === owner && t.eventType === rec.eventType && t.sourceId === rec.sourceId)) {
    env.fail(ADDON_TRIGGER_ERRORS.onePerType);
  }
  const kind = env.context.current.kind;
  const madeInTrigger = kind === 'time' || kind === 'installable';
  const full: TriggerRecord = { ...rec, uid: newUid(env), owner, createdMs: env.clock.nowMs(), fired: 0, madeInTrigger };
  store.push(full);
  return new Trigger(env, full);
}

export class Trigger implements Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId' | 'getTriggerSourceId'> {
  constructor(readonly env: Env, private readonly rec: TriggerRecord) {}

  getHandlerFunction(): string {
    return this.rec.handler;
  }
  /** ScriptApp.EventType value (enums are strings in the emulator, as ScriptApp.EventType.CLOCK is). */
  getEventType(): string {
    return this.rec.eventType;
  }
  getTriggerSource(): string {
    return this.rec.source;
  }
  /** The spreadsheet id for spreadsheet triggers; null for clock triggers. */
  getTriggerSourceId(): string {
    return this.rec.sourceId as string;
  }
  getUniqueId(): string {
    return this.rec.uid;
  }
  /** @internal */
  _record(): TriggerRecord {
    return this.rec;
  }
}

export class TriggerBuilder {
  constructor(readonly env: Env, private readonly handler: string) {}

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.env, this.handler);
  }

  /** Installable spreadsheet triggers (onOpen, onEdit, onChange, onFormSubmit) on a spreadsheet or its id. */
  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : (sheet as { getId(): string }).getId();
    return new SpreadsheetTriggerBuilder(this.env, this.handler, String(id));
  }
}

type ClockSpec = {
  after?: number; at?: number; atDate?: [number, number, number];
  everyMinutes?: number; everyHours?: number; everyDays?: number; everyWeeks?: number;
  onWeekDay?: number; onMonthDay?: number; atHour?: number; nearMinute?: number; timeZone?: string;
};

/**
 * The chain `timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).everyWeeks(1).inTimezone(tz).create()`.
 * Apps Script's texts for a wrong combination are not documented; the emulator's say what is wrong in the
 * same style (they are ours, not Google's).
 */
export class ClockTriggerBuilder {
  private readonly spec: ClockSpec = {};
  constructor(readonly env: Env, private readonly handler: string) {}

  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.spec.after = Math.max(0, Number(durationMilliseconds));
    return this;
  }
  at(date: Date): ClockTriggerBuilder {
    this.spec.at = new Date(date as Date).getTime();
    return this;
  }
  atDate(year: number, month: number, day: number): ClockTriggerBuilder {
    this.spec.atDate = [Number(year), Number(month), Number(day)];
    return this;
  }
  atHour(hour: number): ClockTriggerBuilder {
    const h = Number(hour);
    if (!Number.isInteger(h) || h < 0 || h > 23) this.env.fail(`Invalid argument: hour (${hour}). The hour must be between 0 and 23.`);
    this.spec.atHour = h;
    return this;
  }
  nearMinute(minute: number): ClockTriggerBuilder {
    const m = Number(minute);
    if (!Number.isInteger(m) || m < 0 || m > 59) this.env.fail(`Invalid argument: minute (${minute}). The minute must be between 0 and 59.`);
    this.spec.nearMinute = m;
    return this;
  }
  /** "n must be 1, 5, 10, 15 or 30" (reference page). */
  everyMinutes(n: number): ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(Number(n))) this.env.fail(`Invalid argument: everyMinutes (${n}). The interval must be 1, 5, 10, 15 or 30 minutes.`);
    this.spec.everyMinutes = Number(n);
    return this;
  }
  /** Hourly intervals Apps Script offers: 1, 2, 4, 6, 8, 12. */
  everyHours(n: number): ClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(Number(n))) this.env.fail(`Invalid argument: everyHours (${n}). The interval must be 1, 2, 4, 6, 8 or 12 hours.`);
    this.spec.everyHours = Number(n);
    return this;
  }
  everyDays(n: number): ClockTriggerBuilder {
    this.spec.everyDays = positive(this.env, 'everyDays', n);
    return this;
  }
  everyWeeks(n: number): ClockTriggerBuilder {
    this.spec.everyWeeks = positive(this.env, 'everyWeeks', n);
    return this;
  }
  /** A ScriptApp.WeekDay value ('MONDAY'…). */
  onWeekDay(day: unknown): ClockTriggerBuilder {
    const i = WEEK_DAYS.indexOf(String(day));
    if (i < 0) this.env.fail(`Invalid argument: day (${String(day)}). Use ScriptApp.WeekDay.`);
    this.spec.onWeekDay = i + 1;
    return this;
  }
  onMonthDay(day: number): ClockTriggerBuilder {
    const d = Number(day);
    if (!Number.isInteger(d) || d < 1 || d > 31) this.env.fail(`Invalid argument: day (${day}). The day must be between 1 and 31.`);
    this.spec.onMonthDay = d;
    return this;
  }
  /** Time zone of atHour/onWeekDay/atDate; the script's (manifest) zone by default. */
  inTimezone(timezone: string): ClockTriggerBuilder {
    const tz = String(timezone);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      this.env.fail(`Invalid argument: timezone (${tz}).`);
    }
    this.spec.timeZone = tz;
    return this;
  }

  create(): Trigger {
    const clock = this._schedule();
    if (this.env.options.addon && clock.kind === 'minutes') this.env.fail(ADDON_TRIGGER_ERRORS.tooFrequent);
    const nextMs = nextFire(clock, this.env.clock.nowMs());
    if (clock.kind !== 'once') clock.anchorMs = nextMs ?? undefined;
    return register(this.env, { handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, clock, nextMs });
  }

  /** The spec made concrete, or the error for a combination that says nothing or too much. */
  _schedule(): ClockSchedule {
    const s = this.spec;
    const env = this.env;
    const now = env.clock.nowMs();
    const timeZone = s.timeZone ?? env.options.scriptTimeZone;
    const local = localTime(now, timeZone);
    const minute = s.nearMinute ?? Math.floor(env.random() * 60);
    const once = [s.after !== undefined, s.at !== undefined, s.atDate !== undefined].filter(Boolean).length;
    const repeats = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks ?? s.onWeekDay, s.onMonthDay].filter((x) => x !== undefined).length;
    if (once + repeats === 0) env.fail('Clock trigger has no schedule: call after(), at(), atDate(), everyMinutes(), everyHours(), everyDays(), everyWeeks(), onWeekDay() or onMonthDay() before create().');
    if (once + repeats > 1) env.fail('Clock trigger has more than one schedule: combine only atHour(), nearMinute() and inTimezone() with one of them.');
    if (s.atHour !== undefined && (s.everyMinutes !== undefined || s.everyHours !== undefined || s.after !== undefined || s.at !== undefined)) {
      env.fail('atHour() can only be used with everyDays(), everyWeeks(), onWeekDay(), onMonthDay() or atDate().');
    }
    const base = { hour: s.atHour ?? local.hour, minute, timeZone };
    if (s.after !== undefined) return { ...base, kind: 'once', every: 1, atMs: now + s.after };
    if (s.at !== undefined) return { ...base, kind: 'once', every: 1, atMs: s.at };
    if (s.atDate) {
      const [y, m, d] = s.atDate;
      const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      // "by default near midnight (+/- 15 minutes)"
      return { ...base, kind: 'once', every: 1, atMs: instantInZone(iso, timeZone, s.atHour ?? 0, s.nearMinute ?? Math.floor(env.random() * 15)) };
    }
    if (s.everyMinutes !== undefined) return { ...base, kind: 'minutes', every: s.everyMinutes };
    if (s.everyHours !== undefined) return { ...base, kind: 'hours', every: s.everyHours };
    if (s.everyDays !== undefined) return { ...base, kind: 'days', every: s.everyDays };
    if (s.onMonthDay !== undefined) return { ...base, kind: 'months', every: 1, monthDay: s.onMonthDay };
    return { ...base, kind: 'weeks', every: s.everyWeeks ?? 1, weekDay: s.onWeekDay ?? local.weekDay };
  }
}

function positive(env: Env, what: string, n: unknown): number {
  const v = Number(n);
  if (!Number.isInteger(v) || v < 1) env.fail(`Invalid argument: ${what} (${String(n)}). The interval must be a positive whole number.`);
  return v;
}

export class SpreadsheetTriggerBuilder {
  private eventType: TriggerRecord['eventType'] | null = null;
  constructor(readonly env: Env, private readonly handler: string, private readonly id: string) {}

  onOpen(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): Trigger {
    if (!this.eventType) this.env.fail('Spreadsheet trigger has no event: call onOpen(), onEdit(), onChange() or onFormSubmit() before create().');
    return register(this.env, { handler: this.handler, eventType: this.eventType, source: 'SPREADSHEETS', sourceId: this.id, clock: null, nextMs: null });
  }
}

instrument(Trigger, 'ScriptApp', 'Trigger');
instrument(TriggerBuilder, 'ScriptApp', 'TriggerBuilder');
instrument(ClockTriggerBuilder, 'ScriptApp', 'ClockTriggerBuilder');
instrument(SpreadsheetTriggerBuilder, 'ScriptApp', 'SpreadsheetTriggerBuilder');

interface Local {
  date: IsoDate;
  hour: number;
  /** ISO day of week, 1 = Monday. */
  weekDay: number;
}

function localTime(ms: number, timeZone: string): Local {
  const date = dateInZone(ms, timeZone);
  return { date, hour: hourInZone(ms, timeZone), weekDay: isoWeekDay(date) };
}

/** The first fire strictly after `afterMs`; null for a one-off that has nothing left. */
export function nextFire(c: ClockSchedule, afterMs: number): number | null {
  const at = (date: IsoDate): number => instantInZone(date, c.timeZone, c.hour, c.minute);
  switch (c.kind) {
    case 'once':
      return c.atMs !== undefined && c.atMs > afterMs ? c.atMs : null;
    case 'minutes':
    case 'hours': {
      const period = c.every * (c.kind === 'minutes' ? MINUTE : HOUR);
      const anchor = c.anchorMs ?? afterMs + period;
      if (anchor > afterMs) return anchor;
      return anchor + (Math.floor((afterMs - anchor) / period) + 1) * period;
    }
    case 'days':
    case 'weeks':
    case 'months': {
      const start = dateInZone(afterMs, c.timeZone);
      const stepDays = c.kind === 'weeks' ? 7 * c.every : c.every;
      const anchorDate = c.anchorMs !== undefined ? dateInZone(c.anchorMs, c.timeZone) : null;
      for (let i = -1; i <= 7 * c.every + 62; i++) {
        const date = addDays(start, i);
        const ms = at(date);
        if (ms <= afterMs) continue;
        if (c.kind === 'weeks' && isoWeekDay(date) !== c.weekDay) continue;
        if (c.kind === 'months' && Number(date.slice(8, 10)) !== c.monthDay) continue;
        if (c.kind !== 'months' && anchorDate && (toSerial(date) - toSerial(anchorDate)) % stepDays !== 0) continue;
        return ms;
      }
      return null;
    }
  }
}

/** What a test sees of one trigger. */
export interface TriggerInfo {
  uid: string;
  handler: string;
  owner: string;
  eventType: TriggerRecord['eventType'];
  /** e.g. "weekly MONDAY 08:37 Europe/Moscow", "once 2025-11-25T09:00:00.000Z". */
  schedule: string;
  nextFire: Date | null;
  fired: number;
  /** Made inside a trigger run while the emulator disables such triggers: it never fires. */
  disabled: boolean;
}

export interface FireRecord {
  uid: string;
  handler: string;
  atMs: number;
  event: Record<string, unknown>;
  /** The Apps Script error the run ended with (Google would email the owner a failure summary). */
  error?: string;
  result?: unknown;
}

function describe(c: ClockSchedule | null): string {
  if (!c) return '';
  const hm = `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;
  switch (c.kind) {
    case 'once': return `once ${new Date(c.atMs as number).toISOString()}`;
    case 'minutes': return `every ${c.every} min`;
    case 'hours': return `every ${c.every} h`;
    case 'days': return `every ${c.every} day(s) ${hm} ${c.timeZone}`;
    case 'weeks': return `every ${c.every} week(s) ${WEEK_DAYS[(c.weekDay as number) - 1]} ${hm} ${c.timeZone}`;
    case 'months': return `monthly day ${c.monthDay} ${hm} ${c.timeZone}`;
  }
}

/**
 * The clock trigger event as Apps Script passes it: authMode FULL, date fields, timezone and triggerUid
 * (https://developers.google.com/apps-script/guides/triggers/events; the example there is in UTC).
 */
export function clockEvent(ms: number, triggerUid: string): Record<string, unknown> {
  const now = new Date(ms);
  const dow = now.getUTCDay() || 7;
  const thursday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    'day-of-month': now.getUTCDate(),
    'day-of-week': dow,
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    month: now.getUTCMonth() + 1,
    second: now.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': Math.floor((thursday - yearStart) / (7 * 86400000)) + 1,
    year: now.getUTCFullYear(),
  };
}

/** The back door: every user's triggers, and firing clock triggers as the fake clock reaches them. */
export class TriggerControl {
  /**
   * Google may disable an installable trigger created by a script run that a trigger started ("Installed
   * triggers are disabled when created from another trigger function in V8", issuetracker.google.com/150756612,
   * cited in github.com/ttsukagoshi/mail-merge-for-gmail/issues/242). On, such triggers are listed but never fire.
   */
  get disableTriggersMadeInTriggerRuns(): boolean {
    return (this.env as unknown as { [DISABLE_MADE_IN_TRIGGER]?: boolean })[DISABLE_MADE_IN_TRIGGER] === true;
  }
  set disableTriggersMadeInTriggerRuns(on: boolean) {
    // Kept on the Env: emu.triggers hands out a new TriggerControl each time.
    Object.defineProperty(this.env, DISABLE_MADE_IN_TRIGGER, { value: on, enumerable: false, configurable: true, writable: true });
  }

  constructor(private readonly env: Env) {}

  private firing(t: TriggerRecord): boolean {
    return !(this.disableTriggersMadeInTriggerRuns && t.madeInTrigger);
  }

  /** Every installed trigger of every user (or of one user), in creation order. */
  list(user?: string): TriggerInfo[] {
    return triggerStore(this.env)
      .filter((t) => user === undefined || t.owner === user)
      .map((t) => ({
        uid: t.uid, handler: t.handler, owner: t.owner, eventType: t.eventType, schedule: describe(t.clock),
        nextFire: t.nextMs === null ? null : new Date(t.nextMs), fired: t.fired, disabled: !this.firing(t),
      }));
  }

  /** Fires one trigger now, whatever its schedule (a double fire, a test of the handler). */
  fire(app: LoadedBundle, uid: string): FireRecord {
    const t = triggerStore(this.env).find((x) => x.uid === uid);
    if (!t) throw new EmulatorUsageError(`No trigger with id ${uid}`);
    return this.run(app, t);
  }

  /**
   * Moves the fake clock forward to `until` (default: now), firing every clock trigger that comes due on
   * the way, in time order, each at its own minute; a one-off fires once and stays listed. Returns the fires.
   */
  fireDue(app: LoadedBundle, until?: string | number | Date): FireRecord[] {
    const clock = this.env.clock;
    const untilMs = until === undefined ? clock.nowMs() : parseUntil(this.env, until);
    const fires: FireRecord[] = [];
    for (let guard = 0; guard < 100_000; guard++) {
      const due = triggerStore(this.env)
        .filter((t) => t.eventType === 'CLOCK' && t.nextMs !== null && (t.nextMs as number) <= untilMs && this.firing(t))
        .sort((a, b) => (a.nextMs as number) - (b.nextMs as number))[0];
      if (!due) break;
      if ((due.nextMs as number) > clock.nowMs()) clock.set(due.nextMs as number);
      fires.push(this.run(app, due));
    }
    if (untilMs > clock.nowMs()) clock.set(untilMs);
    return fires;
  }

  private run(app: LoadedBundle, t: TriggerRecord): FireRecord {
    const atMs = this.env.clock.nowMs();
    t.fired++;
    t.nextMs = t.clock ? nextFire(t.clock, atMs) : null;
    const event = clockEvent(atMs, t.uid);
    const record: FireRecord = { uid: t.uid, handler: t.handler, atMs, event };
    try {
      record.result = app.run(t.handler, { as: 'time', event, activeUser: t.owner });
    } catch (e) {
      record.error = e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? `${(e as Error).name}: ${(e as Error).message}` : String(e);
    }
    return record;
  }
}

function parseUntil(env: Env, when: string | number | Date): number {
  if (typeof when === 'number') return when;
  if (typeof when !== 'string') return when.getTime();
  const before = env.clock.nowMs();
  env.clock.set(when);
  const ms = env.clock.nowMs();
  env.clock.set(before);
  return ms;
}
