// «Диагностика» for the person who clicks it: permissions, their triggers, mail left today, whether the
// template and reports folder from «Настройки» are reachable for them, time zones and locale. Reads only:
// each check catches its own failure (any error: the wording is never read) so one missing permission
// does not hide the others. Writes nothing.
import { readTracker } from './tracker';
import { checkScopes, SCOPE, scopeLines } from './scopes';
import { driveFiles } from './report-drive';
import type { DiagnosticFacts, Reach } from '../views/diagnostics';

const ALL_SCOPES = Object.values(SCOPE);

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (_e) {
    return fallback;
  }
}

/** Whether the script can use the file for this person (drive.file), or only the person can open it (documents). */
function reach(id: string, isDoc: boolean): Reach {
  if (!id) return 'unset';
  if (attempt(() => !!driveFiles().get(id, { fields: 'id,trashed' }).id, false)) return 'script';
  if (isDoc && attempt(() => !!DocumentApp.openById(id), false)) return 'user-only';
  return 'none';
}

export function gatherDiagnostics(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): DiagnosticFacts {
  const user = attempt(() => Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail(), '');
  const scopes = checkScopes(ALL_SCOPES);
  const has = (s: string): boolean => !scopes.missing.includes(s);
  const read = attempt(() => readTracker(ss, now), null);
  const settings = read && read.ok ? read.tracker.settings.settings : null;
  const driveOk = has(SCOPE.driveFile);
  return {
    user,
    scopes: { granted: ALL_SCOPES.filter(has), missing: scopeLines(scopes.missing).map((line) => ({ line })), url: scopes.url },
    triggers: has(SCOPE.scriptApp)
      ? attempt(() => ScriptApp.getProjectTriggers().map((t) => ({ handler: t.getHandlerFunction(), kind: String(t.getEventType()) })), null)
      : null,
    mailLeft: has(SCOPE.sendMail) ? attempt(() => MailApp.getRemainingDailyQuota(), null) : null,
    template: !settings ? 'unchecked' : driveOk || has(SCOPE.documents) ? reach(settings.template, true) : 'unchecked',
    folder: !settings ? 'unchecked' : driveOk ? reach(settings.folder, false) : 'unchecked',
    zones: { spreadsheet: ss.getSpreadsheetTimeZone(), script: Session.getScriptTimeZone(), locale: ss.getSpreadsheetLocale() },
  };
}

