// «Диагностика»: what the person who clicked it can and cannot do, as plain data from the shell, turned
// into a Russian report — each problem with what to do about it. Pure: no Google, no clock.
import { DIAGNOSTICS } from '../text/ru';
import { DIALOG_STYLE, escapeHtml } from './html';

export interface DiagnosticFacts {
  user: string;
  scopes: { granted: string[]; missing: { line: string }[]; url: string };
  /** This person's triggers (other people's are invisible to a script); null if they could not be read. */
  triggers: { handler: string; kind: string }[] | null;
  /** Recipients left today; null when it could not be read (no mail permission). */
  mailLeft: number | null;
  template: Reach;
  folder: Reach;
  zones: { spreadsheet: string; script: string; locale: string };
}

/** A file from «Настройки»: not set, usable by the script for this person, openable by them only, or neither. */
export type Reach = 'unset' | 'script' | 'user-only' | 'none' | 'unchecked';

export interface DiagnosticLine { ok: boolean; title: string; text: string }

export function diagnosticLines(f: DiagnosticFacts): DiagnosticLine[] {
  const D = DIAGNOSTICS;
  const lines: DiagnosticLine[] = [];
  lines.push(f.scopes.missing.length
    ? { ok: false, title: D.scopes.title, text: D.scopes.missing(f.scopes.missing.map((m) => m.line), f.scopes.url) }
    : { ok: true, title: D.scopes.title, text: D.scopes.all(f.scopes.granted.length) });
  lines.push(f.triggers === null
    ? { ok: false, title: D.triggers.title, text: D.triggers.unreadable }
    : { ok: true, title: D.triggers.title, text: D.triggers.list(f.user, f.triggers.map((t) => `${t.handler} (${t.kind})`)) });
  lines.push(f.mailLeft === null
    ? { ok: false, title: D.mail.title, text: D.mail.unreadable }
    : { ok: f.mailLeft > 0, title: D.mail.title, text: f.mailLeft > 0 ? D.mail.left(f.mailLeft) : D.mail.none });
  lines.push(reachLine(D.template.title, f.template, D.template));
  lines.push(reachLine(D.folder.title, f.folder, D.folder));
  const sameZone = f.zones.spreadsheet === f.zones.script;
  const ruLocale = /^ru/i.test(f.zones.locale);
  lines.push({
    ok: sameZone && ruLocale,
    title: D.zones.title,
    text: [D.zones.facts(f.zones.spreadsheet, f.zones.script, f.zones.locale), sameZone ? '' : D.zones.zoneDiffers, ruLocale ? '' : D.zones.localeNotRu]
      .filter(Boolean).join(' '),
  });
  return lines;
}

function reachLine(title: string, reach: Reach, texts: Record<Reach, string>): DiagnosticLine {
  return { ok: reach === 'unset' || reach === 'script', title, text: texts[reach] };
}

export function diagnosticsHtml(f: DiagnosticFacts): string {
  const lines = diagnosticLines(f);
  const problems = lines.filter((l) => !l.ok).length;
  const items = lines.map((l) => `
  <li><b style="color:${l.ok ? '#188038' : '#d93025'}">${l.ok ? '✓' : '✗'} ${escapeHtml(l.title)}</b><br>${escapeHtml(l.text).replace(/\n/g, '<br>')}</li>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${DIALOG_STYLE} li { margin: 0 0 10px; } ul { padding-left: 16px; }</style></head>
<body>
  <p class="summary">${escapeHtml(DIAGNOSTICS.summary(f.user, problems))}</p>
  <ul>${items}
  </ul>
  <p class="muted">${escapeHtml(DIAGNOSTICS.writesNothing)}</p>
  <button onclick="google.script.host.close()">${escapeHtml(DIAGNOSTICS.close)}</button>
</body></html>`;
}
