// The execution context: what kind of run is active, its authorization mode, and the limits that follow from it.
import type { Clock } from './clock';
import { gasError, inAccountLanguage } from './errors';
import type { Realm } from './realm';

export type RunKind = 'menu' | 'simple' | 'installable' | 'time' | 'dialog' | 'editor';
export type AuthMode = 'FULL' | 'LIMITED' | 'NONE';

export interface ExecutionContext {
  kind: RunKind;
  authMode: AuthMode;
  /** The top-level function being run (undefined for the ambient 'editor' context tests use directly). */
  functionName?: string;
  /** Email Session.getActiveUser() reports: '' in simple triggers (https://developers.google.com/apps-script/reference/base/session#getActiveUser()). */
  activeUser: string;
  startedMs: number;
  /** Run-time limit measured by the fake clock: 30 s for simple triggers, 6 min otherwise (https://developers.google.com/apps-script/guides/services/quotas). */
  limitMs: number;
}

export const SCOPES = {
  sheetsCurrent: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  sheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  storage: 'https://www.googleapis.com/auth/script.storage',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  documents: 'https://www.googleapis.com/auth/documents',
  drive: 'https://www.googleapis.com/auth/drive',
} as const;

/** What a service needs in AuthMode.NONE, where an add-on's onOpen may only build menus
 *  (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle). */
const NONE_SCOPES: Record<string, string[]> = {
  SpreadsheetApp: [SCOPES.sheetsCurrent, SCOPES.sheets],
  PropertiesService: [SCOPES.storage],
  LockService: [SCOPES.storage],
  Session: [SCOPES.email],
  HtmlService: [SCOPES.containerUi],
  ScriptApp: [SCOPES.scriptApp],
};
/** Calls allowed in AuthMode.NONE: building menus, logging, pure utilities. */
const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi', 'Ui.createMenu', 'Ui.createAddonMenu']);
const NONE_ALLOWED_CLASSES = new Set(['Menu', 'Logger', 'Utilities', 'Blob']);

/** Calls that need authorization, so a simple trigger (AuthMode.LIMITED) cannot make them
 *  (https://developers.google.com/apps-script/guides/triggers#restrictions). */
const NEEDS_AUTH: Record<string, string[]> = {
  'Ui.showModalDialog': [SCOPES.containerUi],
  'Ui.showModelessDialog': [SCOPES.containerUi],
  'Ui.showSidebar': [SCOPES.containerUi],
};

export class ContextManager {
  current: ExecutionContext;
  /** Scopes the manifest grants (appsscript.json oauthScopes); null = anything the code needs. */
  grantedScopes: string[] | null = null;
  /**
   * Scopes a person unticked on Google's granular consent screen (user → scopes). Their runs start anyway and
   * a call needing such a scope fails as if the manifest lacked it
   * (https://developers.google.com/apps-script/concepts/scopes#granular-consent, «Granular OAuth consent»).
   */
  readonly declined = new Map<string, Set<string>>();
  /** The account's language (errors.ts: Russian exceptions on a Russian account). */
  language = 'en';
  private readonly stack: ExecutionContext[] = [];

  constructor(private readonly clock: Clock, private readonly realm: Realm, private readonly ownerEmail: string) {
    this.current = { kind: 'editor', authMode: 'FULL', activeUser: ownerEmail, startedMs: clock.nowMs(), limitMs: Infinity };
  }

  /** Starts a run; the default auth mode follows the kind (simple → LIMITED, anything else → FULL). */
  enter(kind: RunKind, opts: { authMode?: AuthMode; functionName?: string; activeUser?: string } = {}): ExecutionContext {
    const authMode = opts.authMode ?? (kind === 'simple' ? 'LIMITED' : 'FULL');
    const ctx: ExecutionContext = {
      kind,
      authMode,
      functionName: opts.functionName,
      activeUser: opts.activeUser ?? (authMode === 'FULL' ? this.ownerEmail : ''),
      startedMs: this.clock.nowMs(),
      limitMs: kind === 'simple' ? 30_000 : kind === 'editor' && !opts.functionName ? Infinity : 360_000,
    };
    this.stack.push(this.current);
    this.current = ctx;
    return ctx;
  }

  exit(): void {
    const prev = this.stack.pop();
    if (prev) this.current = prev;
  }

  /** Runs fn in a context (for tests that drive the globals directly). */
  with<T>(kind: RunKind, fn: () => T, opts: { authMode?: AuthMode; functionName?: string; activeUser?: string } = {}): T {
    this.enter(kind, opts);
    try {
      return fn();
    } finally {
      this.exit();
    }
  }

  /** Called before every counted service call: time limit, then what the auth mode allows. */
  check(service: string, className: string, method: string): void {
    const ctx = this.current;
    if (this.clock.nowMs() - ctx.startedMs > ctx.limitMs) throw gasError(this.realm, inAccountLanguage(this.language, 'Exceeded maximum execution time'));
    const key = `${className}.${method}`;
    if (ctx.authMode === 'NONE') {
      if (NONE_ALLOWED.has(key) || NONE_ALLOWED_CLASSES.has(className)) return;
      const scopes = NONE_SCOPES[service];
      if (scopes) throw this.permissionError(key, scopes);
      return;
    }
    const needs = NEEDS_AUTH[key];
    if (needs) this.requireAuthorized(className, method, needs);
  }

  /**
   * Throws Apps Script's permission error unless the run is fully authorized and the manifest grants one
   * of the scopes. For services added later (MailApp, ScriptApp triggers, DriveApp): call it first thing.
   * Text as in field reports, e.g. `You do not have permission to call SpreadsheetApp.openById. Required
   * permissions: https://www.googleapis.com/auth/spreadsheets` (github.com/peterherrmann/BetterLog/issues/29).
   */
  requireAuthorized(service: string, method: string, scopes: string | readonly string[]): void {
    const list = typeof scopes === 'string' ? [scopes] : scopes;
    const ok = this.current.authMode === 'FULL' && list.some((s) => this.hasScope(s));
    if (!ok) throw this.permissionError(`${service}.${method}`, list);
  }

  /** Whether the person running now has the scope: the manifest lists it (or lists nothing) and they did not decline it. */
  hasScope(scope: string): boolean {
    const granted = this.grantedScopes;
    if (granted !== null && !granted.includes(scope)) return false;
    return !this.declined.get(this.current.activeUser || this.ownerEmail)?.has(scope);
  }

  private permissionError(what: string, scopes: readonly string[]): Error {
    const need = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
    return gasError(this.realm, inAccountLanguage(this.language, `You do not have permission to call ${what}. Required permissions: ${need}`));
  }
}

/** The helper later services use: `requireAuthorized(env, 'MailApp', 'sendEmail', SCOPES.sendMail)`. */
export function requireAuthorized(env: { context: ContextManager }, service: string, method: string, scopes: string | readonly string[]): void {
  env.context.requireAuthorized(service, method, scopes);
}
