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
    const granted = this.env.context.grantedScopes;
    const ok = this.env.context.current.authMode === 'FULL' && String(authMode) === 'FULL' &&
      (granted === null || Array.from(oAuthScopes).every((s) => granted.includes(String(s))));
    if (!ok) this.env.fail('Authorization is required to perform that action.');
  }
}

instrument(ScriptApp, 'ScriptApp', 'ScriptApp');
