// «Столбцы дорожной карты»: how the columns were understood («Мероприятие ← столбец B «Направления
// деятельности»»), a dropdown per role to correct it; «Сохранить» calls google.script.run.saveColumnChoice.
import type { ColumnMap, ColumnRole } from '../core/roadmap/columns';
import { COLUMN_ROLES } from '../core/roadmap/columns';
import { PLAN_IMPORT } from '../text/ru';
import { DIALOG_STYLE, escapeHtml, scriptJson } from './html';

const letter = (c: number): string => (c >= 26 ? letter(Math.floor(c / 26) - 1) : '') + String.fromCharCode(65 + (c % 26));

export function columnsDialogHtml(headers: string[], columns: ColumnMap, unsure: boolean): string {
  const T = PLAN_IMPORT;
  const options = (role: ColumnRole): string => [
    `<option value="-1">${escapeHtml(T.columnsNone)}</option>`,
    ...headers.map((h, c) => `<option value="${c}"${columns[role] === c ? ' selected' : ''}>столбец ${letter(c)} «${escapeHtml(h || '(без заголовка)')}»</option>`),
  ].join('');
  const rows = COLUMN_ROLES.map((r) => `<tr><td>${escapeHtml(T.roles[r])} ←</td><td><select id="${r}">${options(r)}</select></td></tr>`).join('');
  return `<!DOCTYPE html><html><head><base target="_top"><style>${DIALOG_STYLE}
  table { border-collapse: collapse; } td { padding: 4px 8px 4px 0; } select { font: inherit; max-width: 460px; }</style></head><body>
<p class="summary">${escapeHtml(unsure ? `${T.columnsUnsure} ${T.columnsIntro}` : T.columnsIntro)}</p>
<table>${rows}</table>
<p><button class="primary" id="save">${escapeHtml(T.columnsSave)}</button> <span id="status" class="muted"></span></p>
<script>
  var ROLES = ${scriptJson(COLUMN_ROLES)};
  var T = ${scriptJson({ needName: T.columnsNeedName, saved: T.columnsSaved })};
  document.getElementById('save').addEventListener('click', function () {
    var answer = {};
    ROLES.forEach(function (r) { answer[r] = Number(document.getElementById(r).value); });
    if (answer.name < 0) { document.getElementById('status').textContent = T.needName; return; }
    document.getElementById('status').textContent = '…';
    google.script.run.withSuccessHandler(function (r) {
      document.getElementById('status').textContent = r && r.message ? r.message : T.saved;
      if (r && r.ok) setTimeout(function () { google.script.host.close(); }, 1200);
    }).withFailureHandler(function (e) { document.getElementById('status').textContent = e && e.message; }).saveColumnChoice(answer);
  });
</script></body></html>`;
}
