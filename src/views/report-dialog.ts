// The «Сформировать отчёт» dialog: the period (default: the plan up to today), a PDF tick, a button
// that calls google.script.run.createReport(options), progress while it works, then the links.
import { formatRu, type IsoDate } from '../core/calendar';
import { REPORT } from '../text/ru';
import { DIALOG_STYLE, escapeHtml, scriptJson } from './html';

export function reportDialogHtml(years: { from: number; to: number }, today: IsoDate): string {
  const C = REPORT.choice;
  const yearOptions: string[] = [];
  const thisYear = Number(today.slice(0, 4));
  for (let y = years.from; y <= years.to; y++) {
    yearOptions.push(`<option value="${y}"${y === Math.min(Math.max(thisYear, years.from), years.to) ? ' selected' : ''}>${y}</option>`);
  }
  const years_ = yearOptions.join('');
  const E = REPORT.errors;
  const texts = {
    working: C.working, done: C.done, openDoc: C.openDoc, openPdf: C.openPdf, openFolder: C.openFolder, template: C.template,
    noDate: E.noDate, impossibleDate: E.impossibleDate, yearDigits: E.yearDigits, failed: E.failed,
  };
  return `<!DOCTYPE html>
<html><head><base target="_blank"><meta charset="utf-8"><style>${DIALOG_STYLE}
  label { display: block; margin: 6px 0; } .sub { margin-left: 24px; } select, input[type=date] { font: inherit; }
  #result a { display: inline-block; margin: 4px 12px 4px 0; color: #1a73e8; } .note { color: #b06000; margin: 4px 0; }
</style></head><body>
<form id="f" onsubmit="return false">
  <label><input type="radio" name="period" value="upTo" checked> ${escapeHtml(C.upTo)}</label>
  <div class="sub">${escapeHtml(C.date)}: <input type="date" name="date" value="${escapeHtml(today)}"></div>
  <label><input type="radio" name="period" value="plan"> ${escapeHtml(C.plan)}</label>
  <label><input type="radio" name="period" value="year"> ${escapeHtml(C.year)}</label>
  <label><input type="radio" name="period" value="half"> ${escapeHtml(C.half)}</label>
  <div class="sub">${escapeHtml(C.year_)}: <select name="year">${years_}</select>
    <select name="half"><option value="1">${escapeHtml(C.halfNames[0])}</option><option value="2">${escapeHtml(C.halfNames[1])}</option></select></div>
  <label><input type="checkbox" name="pdf"> ${escapeHtml(C.pdf)}</label>
  <p><button class="primary" id="go">${escapeHtml(C.create)}</button>
     <button type="button" onclick="google.script.host.close()">${escapeHtml(C.cancel)}</button></p>
</form>
<p id="status" class="muted"></p>
<div id="result"></div>
<script>
  var T = ${scriptJson(texts)};
  var today = ${scriptJson(formatRu(today))};
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var f = document.getElementById('f');
  function choose(period) { f.querySelector('input[name=period][value=' + period + ']').checked = true; }
  // A list or a date only means something with its choice: touching it selects that choice.
  f.year.addEventListener('change', function () { if (!f.querySelector('input[value=half]').checked) choose('year'); });
  f.half.addEventListener('change', function () { choose('half'); });
  f.date.addEventListener('input', function () { choose('upTo'); });
  function options() {
    var period = f.querySelector('input[name=period]:checked').value;
    return { period: period, date: f.date.value, year: f.year.value, half: f.half.value, pdf: f.pdf.checked };
  }
  /**
   * What is wrong with the date field, or ''. An impossible or unfinished date (31.02, a cleared part)
   * leaves the field's value empty and sets validity.badInput; a two-digit year gives year 0024.
   */
  function dateProblem() {
    if (f.date.validity.badInput) return T.impossibleDate;
    if (!f.date.value) return T.noDate;
    if (f.date.value.indexOf('-') !== 4 || f.date.value < '1000') return T.yearDigits;
    return '';
  }
  function refuse(message) {
    document.getElementById('status').textContent = '';
    document.getElementById('result').innerHTML = '<p class="error" role="alert">' + esc(message) + '</p>';
  }
  function show(r) {
    document.getElementById('go').disabled = false;
    var out = document.getElementById('result');
    if (!r || !r.ok) return refuse(r && r.message ? r.message : T.failed);
    document.getElementById('status').textContent = T.done + ': ' + r.title;
    var html = '<p><a href="' + esc(r.docUrl) + '">' + esc(T.openDoc) + '</a>';
    if (r.pdfUrl) html += '<a href="' + esc(r.pdfUrl) + '">' + esc(T.openPdf) + '</a>';
    if (r.folderUrl) html += '<a href="' + esc(r.folderUrl) + '">' + esc(T.openFolder) + '</a>';
    if (r.templateUrl) html += '<a href="' + esc(r.templateUrl) + '">' + esc(T.template) + '</a>';
    html += '</p>';
    for (var i = 0; i < r.notes.length; i++) html += '<p class="note">' + esc(r.notes[i]) + '</p>';
    out.innerHTML = html;
  }
  document.getElementById('go').addEventListener('click', function () {
    var o = options();
    var problem = o.period === 'upTo' ? dateProblem() : '';
    if (problem) { refuse(problem); f.date.focus(); return; }
    this.disabled = true;
    document.getElementById('result').innerHTML = '';
    document.getElementById('status').textContent = T.working;
    // Google's own failure text is English and technical: the person reads ours, the console keeps Google's.
    google.script.run.withSuccessHandler(show).withFailureHandler(function (e) { if (window.console) console.warn(e); show({ ok: false, message: T.failed }); }).createReport(o);
  });
</script>
</body></html>`;
}
