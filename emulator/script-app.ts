// ScriptApp: enums, the script id, installable triggers (newTrigger, getProjectTriggers, deleteTrigger; the
// builders and the store live in triggers.ts) and requireScopes.
import { SCOPES, requireAuthorized } from './context';
import type { Env } from './env';
import { instrument } from './instrument';
import { Trigger, TriggerBuilder, callingUser, triggerStore } from './triggers';

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;
export const EventType = {
  CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const WeekDay = {
  SUNDAY: 'SUNDAY', MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY',
} as const;

export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly WeekDay = WeekDay;
  constructor(readonly env: Env) {}

  getScriptId(): string {
    return this.env.options.scriptId;
  }

  /** Needs script.scriptapp; a simple trigger gets the permission error (so newTrigger in onOpen creates nothing). */
  newTrigger(functionName: string): TriggerBuilder {
    requireAuthorized(this.env, 'ScriptApp', 'newTrigger', SCOPES.scriptApp);
    return new TriggerBuilder(this.env, String(functionName));
  }

  /** The caller's own triggers of this project; other users' stay invisible (guides/triggers/installable). */
  getProjectTriggers(): Trigger[] {
    requireAuthorized(this.env, 'ScriptApp', 'getProjectTriggers', SCOPES.scriptApp);
    const user = callingUser(this.env);
    return this.env.realm.makeArray(triggerStore(this.env).filter((t) => t.owner === user).map((t) => new Trigger(this.env, t)));
  }

  /** The caller's triggers on one spreadsheet (installable onOpen/onEdit…). */
  getUserTriggers(spreadsheet: { getId(): string }): Trigger[] {
    requireAuthorized(this.env, 'ScriptApp', 'getUserTriggers', SCOPES.scriptApp);
    const user = callingUser(this.env);
    const id = String(spreadsheet.getId());
    return this.env.realm.makeArray(triggerStore(this.env).filter((t) => t.owner === user && t.sourceId === id).map((t) => new Trigger(this.env, t)));
  }

  /** Removes one of the caller's triggers; someone else's (or one already gone) is left alone. */
  deleteTrigger(trigger: Trigger): void {
    requireAuthorized(this.env, 'ScriptApp', 'deleteTrigger', SCOPES.scriptApp);
    const uid = String((trigger as { getUniqueId?: () => string })?.getUniqueId?.() ?? '');
    const store = triggerStore(this.env);
    const i = store.findIndex((t) => t.uid === uid && t.owner === callingUser(this.env));
    if (i >= 0) store.splice(i, 1);
  }

  /**
   * Granular consent: the run ends unless every scope is granted. Apps Script then shows its consent
   * prompt; the emulator throws the authorization error instead (its wording is the one field reports quote).
   */
  requireScopes(authMode: string, oAuthScopes: string[]): void {
    const ok = this.env.context.current.authMode === 'FULL' && String(authMode) === 'FULL' &&
      Array.from(oAuthScopes).every((s) => this.env.context.hasScope(String(s)));
    if (!ok) this.env.fail('Authorization is required to perform that action.');
  }

  /**
   * Which of the scopes the person granted (all of the script's when none are named): status REQUIRED when
   * one is missing, with a URL that asks for them. Needs no scope itself.
   * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
   */
  getAuthorizationInfo(authMode: string, oAuthScopes?: string[]): AuthorizationInfo {
    const asked = oAuthScopes ? Array.from(oAuthScopes).map(String) : (this.env.context.grantedScopes ?? []);
    const full = this.env.context.current.authMode === 'FULL' && String(authMode) === 'FULL';
    const granted = full ? asked.filter((s) => this.env.context.hasScope(s)) : [];
    return new AuthorizationInfo(this.env, granted, asked.length > granted.length || !full);
  }

  readonly AuthorizationStatus = AuthorizationStatus;
}

export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

/** https://developers.google.com/apps-script/reference/script/authorization-info */
export class AuthorizationInfo {
  constructor(readonly env: Env, private readonly granted: string[], private readonly required: boolean) {}

  getAuthorizationStatus(): string {
    return this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }

  /** null when nothing is missing (documented); otherwise a consent URL for this script. */
  getAuthorizationUrl(): string | null {
    return this.required ? `https://script.google.com/macros/d/${this.env.options.scriptId}/authorize` : null;
  }

  getAuthorizedScopes(): string[] {
    return this.env.realm.makeArray([...this.granted]);
  }
}

instrument(ScriptApp, 'ScriptApp', 'ScriptApp');
instrument(AuthorizationInfo, 'ScriptApp', 'AuthorizationInfo');
