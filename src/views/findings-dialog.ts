// The «Проверить статусы» sidebar: a count summary, then findings grouped by severity; clicking one
// asks the script (google.script.run.goToRow) to select its row, and says so if it cannot.
import type { Finding, FindingType } from '../core/findings';
import { countFindings, groupBySeverity } from '../core/findings';
import type { PlanCounts } from '../core/counts';
import { FINDINGS } from '../text/ru';
import { countItems } from './counts';
import { DIALOG_STYLE, escapeHtml, scriptJson } from './html';

const COLOURS = { critical: '#d93025', warning: '#e37400', info: '#5f6368' } as const;

/** `counts`: the plan's numbers on the day (src/core/counts.ts), named as in the report and the letters. */
export function findingsDialogHtml(findings: Finding[], checkedOn: string, counts: PlanCounts): string {
  const plan = countItems(counts, checkedOn)
    .map((i) => `<tr><td>${escapeHtml(i.label)}</td><td class="n">${escapeHtml(i.value)}</td></tr>`).join('');
  const byType = countFindings(findings);
  const summary = (Object.keys(byType) as FindingType[])
    .map((t) => `${escapeHtml(FINDINGS.summary[t])}: <b>${byType[t]}</b>`)
    .join(' · ');
  const targets = findings.map((f) => ({ sheet: f.sheet, row: f.row }));
  const body = findings.length
    ? groupBySeverity(findings).map((g) => `
  <h2 style="color:${COLOURS[g.severity]}">${escapeHtml(FINDINGS.severity[g.severity])} (${g.findings.length})</h2>
  <ul>${g.findings.map((f) => {
    const i = findings.indexOf(f);
    return `
    <li><a href="#" data-i="${i}">${escapeHtml(FINDINGS.rowRef(f.sheet, f.row))}</a>${
      f.activity ? ` — <b>${escapeHtml(f.activity)}</b>` : ''}<br>${escapeHtml(f.message)}</li>`;
  }).join('')}
  </ul>`).join('')
    : `<h2 style="color:#188038">${escapeHtml(FINDINGS.allGood)}</h2><p>${escapeHtml(FINDINGS.allGoodText)}</p>`;
  return `<!DOCTYPE html>
<html><head><base target="_top"><meta charset="utf-8"><style>${DIALOG_STYLE}
  ul { padding-left: 18px; margin: 4px 0; } li { margin: 0 0 8px; line-height: 1.4; } li .error { margin: 2px 0 0; }
  a { color: #1a73e8; }
  table.plan { border-collapse: collapse; margin: 0 0 10px; } table.plan td { padding: 2px 8px 2px 0; vertical-align: top; }
  table.plan td.n { font-weight: 500; }
</style></head><body>
  <p class="muted">${escapeHtml(FINDINGS.checkedOn(checkedOn))}</p>
  <table class="plan">${plan}</table>
  ${findings.length ? `<p class="summary">${summary}</p>` : ''}
  ${body}
  <p><button class="primary" onclick="google.script.host.close()">${escapeHtml(FINDINGS.close)}</button></p>
<script>
  var targets = ${scriptJson(targets)};
  var failed = ${scriptJson(FINDINGS.goToFailed)};
  /** A problem is told under the finding that was clicked, where the person is looking. */
  function say(a, text) {
    var li = a.parentNode, p = li.querySelector('.error');
    if (!p) { p = document.createElement('p'); p.className = 'error'; p.setAttribute('role', 'alert'); li.appendChild(p); }
    p.textContent = text;
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest('a[data-i]');
    if (!a) return;
    e.preventDefault();
    var t = targets[Number(a.getAttribute('data-i'))];
    say(a, '');
    google.script.run
      .withSuccessHandler(function (r) { if (r && r.ok === false) say(a, r.message); })
      .withFailureHandler(function (err) { if (window.console) console.warn(err); say(a, failed); })
      .goToRow(t.sheet, t.row);
  });
</script>
</body></html>`;
}
