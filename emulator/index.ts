// The in-memory Google: createEmulator() builds the Apps Script globals over one shared state, plus
// the back doors tests, the demo, the benchmark and the offline .xlsx command use.
import { BackDoor, type SheetPeek } from './backdoor';
import type { CallCounter } from './calls';
import type { Clock } from './clock';
import type { AuthMode, ContextManager, RunKind } from './context';
import { Env, type EmulatorOptions } from './env';
import { AdvancedDocs } from './docs-api';
import { DocumentApp } from './document/document-app';
import { AdvancedDrive, DriveState } from './drive';
import { HtmlService } from './html';
import type { LockKind } from './lock';
import { LockService } from './lock';
import { Logger, makeConsole } from './logger';
import { MailApp, mailBox, type MailBox } from './mail';
import { PropertiesService, type StoreKind } from './properties';
import { ScriptApp } from './script-app';
import { Session } from './session';
import type { SpreadsheetModel } from './spreadsheet/model';
import { TriggerControl } from './triggers';
import type { RenderedCell } from './spreadsheet/render';
import { Spreadsheet } from './spreadsheet/spreadsheet';
import { SpreadsheetApp } from './spreadsheet/spreadsheet-app';
import type { UiRecorder } from './ui';
import { Utilities } from './utilities';

export type { EmulatorOptions } from './env';
export type { SheetPeek } from './backdoor';
export { ValidationRejected } from './backdoor';
export { requireAuthorized, SCOPES } from './context';
export type { AuthMode, RunKind, ExecutionContext } from './context';
export type { CallCounts } from './calls';
export { gasError } from './errors';

/** The globals a script sees, as passed to gas-local. Later services (DocumentApp, DriveApp, MailApp…) are added with registerService. */
export interface EmulatorGlobals {
  SpreadsheetApp: SpreadsheetApp;
  HtmlService: HtmlService;
  PropertiesService: PropertiesService;
  LockService: LockService;
  Utilities: Utilities;
  Session: Session;
  Logger: Logger;
  ScriptApp: ScriptApp;
  console: ReturnType<typeof makeConsole>;
  [service: string]: unknown;
}

/** Simulates other executions holding locks. */
export interface LockControl {
  /** Another execution holds the lock; with forMs it lets go after that long on the fake clock. */
  holdElsewhere(kind: LockKind, opts?: { forMs?: number }): void;
  releaseElsewhere(kind: LockKind): void;
  /** Locks the script itself holds right now. */
  heldByScript(): LockKind[];
}

export class Emulator {
  readonly env: Env;
  readonly globals: EmulatorGlobals;
  /** The bound spreadsheet through the back door: same API as the script's, calls not counted. */
  readonly spreadsheet: Spreadsheet;
  readonly locks: LockControl;
  /** Google Drive and the documents in it (files, folders, Docs), through the back door. */
  readonly drive: DriveState;
  private readonly door: BackDoor;

  constructor(options: EmulatorOptions = {}) {
    const env = (this.env = new Env(options));
    const drive = (this.drive = new DriveState(env));
    this.globals = {
      SpreadsheetApp: new SpreadsheetApp(env),
      HtmlService: new HtmlService(env),
      PropertiesService: new PropertiesService(env),
      LockService: new LockService(env),
      Utilities: new Utilities(env),
      Session: new Session(env),
      Logger: new Logger(env),
      ScriptApp: new ScriptApp(env),
      MailApp: new MailApp(env),
      console: makeConsole(env),
      DocumentApp: new DocumentApp(env, drive),
      Drive: new AdvancedDrive(env, drive),
      Docs: new AdvancedDocs(env, drive),
    };
    this.door = new BackDoor(env);
    this.spreadsheet = new Spreadsheet(this.door.view);
    this.locks = {
      holdElsewhere: (kind, opts = {}) => env.locks.holdElsewhere(kind, { forMs: opts.forMs, nowMs: env.clock.nowMs() }),
      releaseElsewhere: (kind) => env.locks.releaseElsewhere(kind),
      heldByScript: () => env.locks.heldByScript(),
    };
  }

  /** Service calls made so far: total(), byService(), byMethod(), measure(fn), reset(). */
  get calls(): CallCounter {
    return this.env.calls;
  }
  get clock(): Clock {
    return this.env.clock;
  }
  /** Sent mail, the daily quota per user, and .html/.txt/.eml files of each message (emulator/mail.ts). */
  get mail(): MailBox {
    return mailBox(this.env);
  }
  /** Every user's installable triggers; fire(app, uid) and fireDue(app, until) run clock triggers (emulator/triggers.ts). */
  get triggers(): TriggerControl {
    return new TriggerControl(this.env);
  }
  /** Menus, alerts, prompts, dialogs and toasts shown; answerNext / answerPromptNext script the person. */
  get ui(): UiRecorder {
    return this.env.ui;
  }
  get context(): ContextManager {
    return this.env.context;
  }
  /** The spreadsheet's raw model (sheets, cells, rules) for tools that need more than the back door. */
  get model(): SpreadsheetModel {
    return this.env.book;
  }
  get logs(): Emulator['env']['logs'] {
    return this.env.logs;
  }
  /** One record per bundle run (runtime.ts): function, kind, auth mode, calls, fake-clock duration, error. */
  get executions(): Emulator['env']['executions'] {
    return this.env.executions;
  }
  /** What the emulator could not do faithfully (e.g. a formula with an unsupported function). */
  get warnings(): string[] {
    return this.env.warnings;
  }

  /** Adds or replaces a global service (the way DocumentApp, DriveApp, MailApp and triggers plug in later). */
  registerService(name: string, service: unknown): void {
    this.globals[name] = service;
    const ctx = this.env.realm.context;
    if (ctx) (ctx as Record<string, unknown>)[name] = service;
  }

  /** An HTML file of the project, for HtmlService.createHtmlOutputFromFile / createTemplateFromFile. */
  addHtmlFile(name: string, html: string): void {
    this.env.htmlFiles.set(name.replace(/\.html$/, ''), html);
  }

  /** Runs fn as a given kind of execution (for tests that call the globals directly). */
  withContext<T>(kind: RunKind, fn: () => T, opts: { authMode?: AuthMode; activeUser?: string } = {}): T {
    return this.env.context.with(kind, fn, opts);
  }

  /** A property store's contents (uncounted). */
  properties(kind: StoreKind, user?: string): Record<string, string> {
    return this.env.properties.snapshot(kind, user ?? this.env.options.user);
  }
  setProperties(kind: StoreKind, values: Record<string, string>, user?: string): void {
    const store = this.env.properties.store(kind, user ?? this.env.options.user);
    for (const [k, v] of Object.entries(values)) store.set(k, String(v));
  }

  sheetNames(): string[] {
    return this.env.book.sheets.map((s) => s.name);
  }

  /** Values (Node-realm Dates), display values, formulas, formats and notes of a block; the data range by default. */
  peek(sheetName: string, a1?: string): SheetPeek {
    return this.door.peek(sheetName, a1);
  }

  /** Writes like setValues (creating the sheet and growing it if needed), uncounted. */
  poke(sheetName: string, a1: string, values: unknown): void {
    this.door.poke(sheetName, a1, values);
  }

  /** Types as a person would and returns the onEdit event to pass to the script (run('onEdit', {as: 'simple', event})). */
  userEdit(sheetName: string, a1: string, value: unknown): Record<string, unknown> {
    return this.door.userEdit(sheetName, a1, value);
  }

  /** Background colours a person sees on `today` ('YYYY-MM-DD'); the data range by default. */
  renderedBackgrounds(sheetName: string, today: string, a1?: string): string[][] {
    return this.door.rendered(sheetName, today, a1).map((row) => row.map((c) => c.background));
  }

  /** Background, font colour and weight a person sees on `today`. */
  rendered(sheetName: string, today: string, a1?: string): RenderedCell[][] {
    return this.door.rendered(sheetName, today, a1);
  }

  /** Puts the globals on an object (globalThis by default) for code that calls Apps Script directly; returns an undo. */
  installGlobals(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const saved = new Map<string, unknown>();
    for (const [k, v] of Object.entries(this.globals)) {
      if (k === 'console') continue;
      saved.set(k, target[k]);
      target[k] = v;
    }
    return () => {
      for (const [k, v] of saved) {
        if (v === undefined) delete target[k];
        else target[k] = v;
      }
    };
  }
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}

