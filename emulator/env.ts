// The state every emulated service shares: clock, call counter, execution context, realm, the bound
// spreadsheet, UI records, locks, properties and logs. One Env per emulator.
import { CallCounter } from './calls';
import { Clock } from './clock';
import { ContextManager } from './context';
import { gasError, inAccountLanguage } from './errors';
import { LockRegistry } from './lock';
import type { LogEntry } from './logger';
import { PropertyStores } from './properties';
import { Realm } from './realm';
import { SpreadsheetModel } from './spreadsheet/model';
import type { WriteContext } from './spreadsheet/values';
import { UiRecorder } from './ui';

export interface EmulatorOptions {
  /** The fake clock's start: a Date, epoch ms, an ISO instant, or wall-clock 'YYYY-MM-DD[THH:mm]' in the spreadsheet zone. Default: the real time now (then frozen). */
  now?: string | number | Date;
  /** The spreadsheet's time zone (date cells are read and written in it). Default Europe/Moscow. */
  timeZone?: string;
  /** The spreadsheet's locale (display values, typed input). Default ru_RU. */
  locale?: string;
  /** Email of the person using the spreadsheet (and owner of the script). */
  user?: string;
  /** Session.getScriptTimeZone(): the manifest's timeZone. Default: the spreadsheet's. */
  scriptTimeZone?: string;
  spreadsheetName?: string;
  spreadsheetId?: string;
  scriptId?: string;
  /** The manifest's oauthScopes; services needing a scope not listed throw the permission error. Default: not enforced. */
  oauthScopes?: string[] | null;
  /** Caption of the menu createAddonMenu() makes (the add-on's name under Extensions). */
  addonName?: string;
  /** Also print Logger/console output to the real console. */
  echoLogs?: boolean;
  /** Seed for Utilities.getUuid and ids, so runs repeat exactly. */
  seed?: number;
  /** The Google account's language: 'ru' makes Apps Script's exceptions Russian (errors.ts). Default 'en'. */
  accountLanguage?: string;
  /**
   * Run as a published editor add-on rather than a script bound to the spreadsheet: a time-driven run then
   * has no active spreadsheet, no document properties and no document lock, and clock triggers keep to the
   * add-on limits (at most hourly; one per user per document). Default false.
   */
  addon?: boolean;
}

export interface ExecutionRecord {
  functionName: string;
  kind: string;
  authMode: string;
  startedMs: number;
  /** Fake-clock time the run took (advances only with sleep, lock waits, clock.advance). */
  durationMs: number;
  calls: number;
  error?: string;
}

export type ResolvedOptions = Required<Omit<EmulatorOptions, 'now' | 'oauthScopes'>>;

export class Env {
  /** True for the uncounted view tests use as a back door: no counting, no context checks. */
  backdoor = false;
  readonly calls = new CallCounter();
  readonly clock: Clock;
  readonly realm = new Realm();
  readonly context: ContextManager;
  options: ResolvedOptions;
  readonly book: SpreadsheetModel;
  readonly ui = new UiRecorder();
  readonly locks = new LockRegistry();
  readonly properties = new PropertyStores();
  readonly logs: LogEntry[] = [];
  readonly warnings: string[] = [];
  readonly htmlFiles = new Map<string, string>();
  /** Options the caller gave explicitly (the runtime then leaves them alone when it reads the manifest). */
  readonly explicit: Set<keyof EmulatorOptions>;
  /** One entry per top-level run (runtime.ts): what ran, how, and what it cost. */
  readonly executions: ExecutionRecord[] = [];
  /** The xlsx workbook the spreadsheet was loaded from (saving patches it); set by workbook-files. */
  workbookSource?: unknown;
  private readonly rng = { state: 1 };

  constructor(opts: EmulatorOptions = {}) {
    this.explicit = new Set(Object.keys(opts).filter((k) => opts[k as keyof EmulatorOptions] !== undefined) as (keyof EmulatorOptions)[]);
    const timeZone = opts.timeZone ?? 'Europe/Moscow';
    const locale = opts.locale ?? 'ru_RU';
    this.options = {
      timeZone,
      locale,
      user: opts.user ?? 'teacher@school.example',
      scriptTimeZone: opts.scriptTimeZone ?? timeZone,
      spreadsheetName: opts.spreadsheetName ?? (locale.startsWith('ru') ? 'Новая таблица' : 'Untitled spreadsheet'),
      spreadsheetId: opts.spreadsheetId ?? '1EmUlAtOr-SpReAdShEeT-0000000000000000000',
      scriptId: opts.scriptId ?? '1EmUlAtOr-ScRiPt-00000000000000000000000000000',
      addonName: opts.addonName ?? 'roadmap-tracker',
      echoLogs: opts.echoLogs ?? false,
      seed: opts.seed ?? 20250901,
      accountLanguage: opts.accountLanguage ?? 'en',
      addon: opts.addon ?? false,
    };
    this.rng.state = this.options.seed >>> 0 || 1;
    this.clock = new Clock(opts.now, timeZone);
    this.context = new ContextManager(this.clock, this.realm, this.options.user);
    this.context.grantedScopes = opts.oauthScopes ?? null;
    this.context.language = this.options.accountLanguage;
    this.book = new SpreadsheetModel(this.options.spreadsheetId, this.options.spreadsheetName, timeZone, locale);
    this.book.addSheet(locale.startsWith('ru') ? 'Лист1' : 'Sheet1');
  }

  /** Throws the Apps Script exception with this text. */
  fail(message: string): never {
    throw gasError(this.realm, inAccountLanguage(this.options.accountLanguage, message));
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  /** A deterministic pseudo-random number in [0, 1) (mulberry32). */
  random(): number {
    let t = (this.rng.state = (this.rng.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  writeContext(): WriteContext {
    const year = Number(new Intl.DateTimeFormat('en-US', { timeZone: this.book.timeZone, year: 'numeric' }).format(this.clock.now()));
    return { locale: this.book.locale, timeZone: this.book.timeZone, year };
  }

  /**
   * The same state seen through the back door: calls are not counted nor checked against the context,
   * and values come in the test's own realm (Node's Date and Array), whatever realm the bundle runs in.
   */
  uncountedView(): Env {
    const view = Object.create(this) as Env;
    view.backdoor = true;
    (view as { realm: Realm }).realm = new Realm();
    return view;
  }
}
