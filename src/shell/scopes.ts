// Granular consent: Google's consent screen lets a person untick single permissions, and the script still
// starts. Google's advice is to check before using a service: ScriptApp.getAuthorizationInfo(FULL, scopes)
// tells which of the scopes were granted and gives a URL that asks for the rest
// (https://developers.google.com/apps-script/concepts/scopes#granular-consent,
// https://developers.google.com/apps-script/reference/script/authorization-info). Each action names the
// scopes it needs here and stops with a Russian message naming each missing permission, never with
// «непредвиденная ошибка» from the first call that fails.
import { ACCESS } from '../text/ru';

export const SCOPE = {
  sheetsCurrent: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  documents: 'https://www.googleapis.com/auth/documents',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/** The scopes each action calls services with (the manifest lists them all). */
export const ACTION_SCOPES = {
  report: [SCOPE.sheetsCurrent, SCOPE.containerUi, SCOPE.documents, SCOPE.driveFile],
  diagnostics: [SCOPE.sheetsCurrent, SCOPE.containerUi],
} as const;

/** The typed overload Google documents (the @types package has only getAuthorizationInfo(authMode)). */
interface AuthorizationInfoApi {
  getAuthorizationStatus(): unknown;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes(): string[] | null;
}

export interface ScopeCheck {
  missing: string[];
  url: string;
}

/** Which of `needed` the person running now has not granted, and the URL that asks for them. */
export function checkScopes(needed: readonly string[]): ScopeCheck {
  const app = ScriptApp as unknown as { getAuthorizationInfo(mode: unknown, scopes: string[]): AuthorizationInfoApi };
  const info = app.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [...needed]);
  const granted = new Set(info.getAuthorizedScopes() ?? []);
  const missing = needed.filter((s) => !granted.has(s));
  return { missing, url: missing.length ? info.getAuthorizationUrl() ?? '' : '' };
}

/** A Russian line per scope: what the consent screen says and why the script needs it. */
export function scopeLines(scopes: readonly string[]): string[] {
  return scopes.map((s) => {
    const known = ACCESS.scopes[s];
    return known ? ACCESS.missingLine(known.consent, known.why) : ACCESS.unknownScope(s);
  });
}

/** null when every scope the action needs is granted; otherwise the Russian message that asks for them. */
export function missingScopesMessage(action: string, needed: readonly string[]): string | null {
  const check = checkScopes(needed);
  return check.missing.length ? ACCESS.missing(action, scopeLines(check.missing), check.url) : null;
}
