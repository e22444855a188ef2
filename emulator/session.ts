// Session: who runs the script and in which time zone. https://developers.google.com/apps-script/reference/base/session
import type { Env } from './env';
import { instrument } from './instrument';

export class Session {
  constructor(readonly env: Env) {}

  /** The person at the keyboard; '' where the script runs without their authorization (simple triggers). */
  getActiveUser(): User {
    return new User(this.env, this.env.context.current.activeUser);
  }

  /** Whose authority the script runs under: the owner here (for installable triggers, the trigger's creator). */
  getEffectiveUser(): User {
    return new User(this.env, this.env.options.user);
  }

  /** The manifest's timeZone — not the spreadsheet's (they can differ; https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()). */
  getScriptTimeZone(): string {
    return this.env.options.scriptTimeZone;
  }

  /** Deprecated alias of getScriptTimeZone. */
  getTimeZone(): string {
    return this.env.options.scriptTimeZone;
  }

  /** The user's language, e.g. 'ru' (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()). */
  getActiveUserLocale(): string {
    return this.env.options.locale.split(/[_-]/)[0];
  }

  getTemporaryActiveUserKey(): string {
    return Buffer.from(`key:${this.env.context.current.activeUser || this.env.options.user}`).toString('base64').replace(/=+$/, '');
  }
}

export class User implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(readonly env: Env, private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  /** Deprecated in Apps Script; the part of the email before '@'. */
  getUsername(): string {
    return this.email.split('@')[0];
  }

  toString(): string {
    return this.email;
  }
}

instrument(Session, 'Session', 'Session');
instrument(User, 'Session', 'User');
